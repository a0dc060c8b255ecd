package io.staygrid.inventory.repository;

import io.agroal.api.AgroalPoolInterceptor;
import io.staygrid.inventory.config.InventoryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Bounds every lock wait of this service: a wait past {@code staygrid.inventory.lock-timeout} fails with
 * lock_not_available, answered UNAVAILABLE (INVENTORY_BUSY). Set once on each new pooled connection (PostgreSQL's
 * session {@code lock_timeout}) rather than per transaction: every transaction here takes the same bound, and the
 * per-transaction {@code set_config} was one round trip of six on the hold path (docs/BENCHMARKS.md, hold contention).
 */
@ApplicationScoped
public class LockWaits implements AgroalPoolInterceptor {

    private final long millis;

    public LockWaits(InventoryConfig config) {
        this.millis = config.lockTimeout().toMillis();
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            // A number of milliseconds from configuration, never caller text.
            statement.execute("SET lock_timeout = " + millis);
            if (!connection.getAutoCommit()) {
                connection.commit(); // a SET in a transaction rolled back later would be undone with it
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not set lock_timeout on a new connection", e);
        }
    }
}
