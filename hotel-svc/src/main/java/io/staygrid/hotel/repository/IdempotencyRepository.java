package io.staygrid.hotel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.hotel.repository.entity.IdempotencyKeyEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Remembered request ids of Create* calls and the first answer given to each. */
@ApplicationScoped
@Transactional
public class IdempotencyRepository implements PanacheRepositoryBase<IdempotencyKeyEntity, UUID> {

    /** A remembered key: which RPC and body it was used with, and the answer (null until that call committed). */
    public record Entry(String rpc, String fingerprint, byte[] response) {
    }

    /**
     * Claims the key for this transaction. A concurrent claim of the same key waits here until the
     * first transaction ends, so two racing retries never both run the call. Native: ON CONFLICT DO NOTHING
     * makes "taken" an answer instead of a unique violation that would doom the transaction.
     */
    public boolean claim(UUID requestId, String rpc, String fingerprint) {
        return getEntityManager().createNativeQuery("INSERT INTO idempotency_key (request_id, rpc, fingerprint)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT (request_id) DO NOTHING")
                .setParameter(1, requestId).setParameter(2, rpc).setParameter(3, fingerprint).executeUpdate() == 1;
    }

    public Optional<Entry> find(UUID requestId) {
        return findByIdOptional(requestId).map(k -> new Entry(k.rpc, k.fingerprint, k.response));
    }

    public void saveResponse(UUID requestId, byte[] response) {
        update("response = ?1 where requestId = ?2", response, requestId);
    }

    public int deleteOlderThan(Instant cutoff) {
        return (int) delete("createTime < ?1", cutoff);
    }
}
