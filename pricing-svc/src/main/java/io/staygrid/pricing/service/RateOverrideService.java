package io.staygrid.pricing.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.staygrid.pricing.client.InventoryClient;
import io.staygrid.pricing.domain.OverrideDraft;
import io.staygrid.pricing.domain.RateOverride;
import io.staygrid.pricing.repository.BaseRateRepository;
import io.staygrid.pricing.repository.RateOverrideRepository;
import io.staygrid.pricing.repository.RateOverrideRepository.Created;
import io.staygrid.pricing.repository.RateOverrideRepository.Cursor;
import io.staygrid.support.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Per-date rate overrides: immutable, created idempotently by request id, soft-deleted. */
@ApplicationScoped
public class RateOverrideService {

    private final RateOverrideRepository overrides;
    private final BaseRateRepository baseRates;
    private final InventoryClient inventory;
    private final RateSnapshots snapshots;
    private final Clock clock;

    public RateOverrideService(RateOverrideRepository overrides, BaseRateRepository baseRates,
                               InventoryClient inventory, RateSnapshots snapshots, Clock clock) {
        this.overrides = overrides;
        this.baseRates = baseRates;
        this.inventory = inventory;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    public RateOverride get(UUID id, long hotelId) {
        return overrides.findLive(id, hotelId).orElseThrow(() -> notFound(id));
    }

    public List<RateOverride> list(long hotelId, long roomTypeId, LocalDate from, LocalDate to,
                                   Optional<Cursor> after, int limit) {
        return overrides.page(hotelId, roomTypeId, from, to, after, limit);
    }

    /**
     * Creates the override, or returns the one this request id created before (even if deleted since);
     * the same id with another body is ALREADY_EXISTS (REQUEST_ID_CONFLICT).
     */
    public RateOverride create(OverrideDraft request, UUID requestId) {
        String fingerprint = request.fingerprint();
        Optional<RateOverride> replay = replay(requestId, fingerprint);
        if (replay.isPresent()) {
            return replay.get();
        }
        if (request.roomTypeId() != RateOverride.EVERY_ROOM_TYPE) {
            inventory.requireRoomType(request.hotelId(), request.roomTypeId());
        }
        RateOverride created = new RateOverride(UUID.randomUUID(), request.hotelId(), request.roomTypeId(),
                request.name(), request.dates(), request.daysOfWeek(), request.nightlyRate(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        RateOverride stored = QuarkusTransaction.requiringNew().call(() -> {
            baseRates.lockHotel(request.hotelId());
            Optional<RateOverride> raced = replay(requestId, fingerprint);
            if (raced.isPresent()) {
                return raced.get();
            }
            if (!baseRates.hotelHasBaseRate(request.hotelId())) {
                throw DomainException.failedPrecondition("BASE_RATE_NOT_SET", "hotel " + request.hotelId()
                                + " has no base rate yet, so its currency is unknown; set a base rate first")
                        .with("room_type_id", Long.toString(request.roomTypeId()));
            }
            Currencies.requireHotelCurrency(baseRates, request.hotelId(), request.nightlyRate(),
                    "rate_override.nightly_rate");
            if (!overrides.insertIfNew(created, requestId, fingerprint)) {
                // Another transaction (e.g. for another hotel, under another hotel's lock) stored this
                // request_id first: answer as a retry of that one would be answered, never with our id.
                return replay(requestId, fingerprint).orElseThrow(() -> requestIdConflict(requestId));
            }
            return created;
        });
        snapshots.forget(request.hotelId());
        return stored;
    }

    /** Deletes the override; empty only when allowMissing and there was none. */
    public Optional<RateOverride> delete(UUID id, long hotelIdOrZero, boolean allowMissing) {
        Optional<RateOverride> deleted = QuarkusTransaction.requiringNew()
                .call(() -> overrides.softDelete(id, hotelIdOrZero, clock.instant()));
        deleted.ifPresent(o -> snapshots.forget(o.hotelId()));
        if (deleted.isEmpty() && !allowMissing) {
            throw notFound(id);
        }
        return deleted;
    }

    private Optional<RateOverride> replay(UUID requestId, String fingerprint) {
        Optional<Created> earlier = overrides.findByRequestId(requestId);
        if (earlier.isPresent() && !earlier.get().fingerprint().equals(fingerprint)) {
            throw requestIdConflict(requestId);
        }
        return earlier.map(Created::override);
    }

    private static DomainException requestIdConflict(UUID requestId) {
        return DomainException.alreadyExists("REQUEST_ID_CONFLICT",
                        "request_id " + requestId + " was already used for a different rate override")
                .with("request_id", requestId.toString());
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound("RATE_OVERRIDE_NOT_FOUND", "no rate override " + id)
                .with("rate_override_id", id.toString());
    }
}
