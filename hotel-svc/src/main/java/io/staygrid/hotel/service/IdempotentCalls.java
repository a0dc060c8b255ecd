package io.staygrid.hotel.service;

import io.quarkus.scheduler.Scheduled;
import io.staygrid.hotel.config.HotelConfig;
import io.staygrid.hotel.domain.CatalogErrors;
import io.staygrid.hotel.repository.IdempotencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs a Create* call at most once per request_id: the key is claimed in the call's own transaction, the
 * answer stored with it, and a retry (even a concurrent one, which waits for the first) gets the stored
 * answer. A refused call stores nothing, so its retry is evaluated afresh.
 */
@ApplicationScoped
public class IdempotentCalls {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final IdempotencyRepository keys;
    private final HotelConfig.Idempotency config;
    private final Clock clock;

    public IdempotentCalls(IdempotencyRepository keys, HotelConfig config, Clock clock) {
        this.keys = keys;
        this.config = config.idempotency();
        this.clock = clock;
    }

    /** Refuses a request_id that is neither empty nor a canonical lower-case UUID. */
    public static void checkRequestId(String requestId) {
        if (!requestId.isEmpty() && !CANONICAL_UUID.matcher(requestId).matches()) {
            throw CatalogErrors.invalid("request_id", "request_id must be a UUID in canonical lower-case form");
        }
    }

    /**
     * The call's answer, or the first answer given to this request_id. {@code fingerprint} identifies the
     * request body; {@code encode}/{@code decode} store the answer.
     */
    @Transactional
    public <T> T run(String requestId, String rpc, String fingerprint, Supplier<T> call, Function<T, byte[]> encode,
            Function<byte[], T> decode) {
        checkRequestId(requestId);
        if (requestId.isEmpty()) {
            return call.get();
        }
        UUID key = UUID.fromString(requestId);
        if (keys.claim(key, rpc, fingerprint)) {
            T answer = call.get();
            keys.saveResponse(key, encode.apply(answer));
            return answer;
        }
        Optional<IdempotencyRepository.Entry> first = keys.find(key);
        if (first.isEmpty() || !first.get().rpc().equals(rpc) || !first.get().fingerprint().equals(fingerprint)
                || first.get().response() == null) {
            throw CatalogErrors.requestIdConflict(requestId);
        }
        return decode.apply(first.get().response());
    }

    @Scheduled(every = "${staygrid.hotel.idempotency.cleanup-interval}", delayed = "1m")
    @Transactional
    void forgetExpired() {
        keys.deleteOlderThan(clock.instant().minus(config.retention()));
    }
}
