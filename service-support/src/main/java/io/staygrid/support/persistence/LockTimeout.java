package io.staygrid.support.persistence;

import jakarta.persistence.EntityManager;
import java.time.Duration;

/** Bounds every lock wait of the current transaction (PostgreSQL's {@code SET LOCAL lock_timeout}). */
public final class LockTimeout {

    private LockTimeout() {
    }

    /** A wait past {@code timeout} fails the statement with lock_not_available: the service's busy reason. */
    public static void set(EntityManager entityManager, Duration timeout) {
        // Native: a session setting, not a query; the value is a number, never caller text.
        entityManager.createNativeQuery("SELECT set_config('lock_timeout', ?1, true)")
                .setParameter(1, timeout.toMillis() + "ms").getSingleResult();
    }
}
