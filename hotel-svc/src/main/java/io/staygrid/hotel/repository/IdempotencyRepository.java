package io.staygrid.hotel.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Remembered request ids of Create* calls and the first answer given to each. */
@ApplicationScoped
public class IdempotencyRepository {

    /** A remembered key: which RPC and body it was used with, and the answer (null until that call committed). */
    public record Entry(String rpc, String fingerprint, byte[] response) {
    }

    private final Sql sql;

    public IdempotencyRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * Claims the key for this transaction. A concurrent claim of the same key waits here until the
     * first transaction ends, so two racing retries never both run the call.
     */
    public boolean claim(UUID requestId, String rpc, String fingerprint) {
        return sql.update("INSERT INTO idempotency_key (request_id, rpc, fingerprint) VALUES (?,?,?)"
                + " ON CONFLICT (request_id) DO NOTHING", requestId, rpc, fingerprint) == 1;
    }

    public Optional<Entry> find(UUID requestId) {
        return sql.one("SELECT rpc, fingerprint, response FROM idempotency_key WHERE request_id = ?",
                rs -> new Entry(rs.getString(1), rs.getString(2), rs.getBytes(3)), requestId);
    }

    public void saveResponse(UUID requestId, byte[] response) {
        sql.update("UPDATE idempotency_key SET response = ? WHERE request_id = ?", response, requestId);
    }

    public int deleteOlderThan(Instant cutoff) {
        return sql.update("DELETE FROM idempotency_key WHERE create_time < ?", cutoff);
    }
}
