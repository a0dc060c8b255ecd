package io.staygrid.inventory.repository;

import io.staygrid.support.persistence.LockTimeout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;

/** Bounds every lock wait of the caller's transaction: a wait past it answers UNAVAILABLE (INVENTORY_BUSY). */
@ApplicationScoped
public class LockWaits {

    private final EntityManager entityManager;

    public LockWaits(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void bound(Duration timeout) {
        LockTimeout.set(entityManager, timeout);
    }
}
