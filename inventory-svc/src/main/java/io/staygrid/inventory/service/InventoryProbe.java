package io.staygrid.inventory.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Told when a writer reaches a point where it holds (or has just released) row locks. Production does nothing;
 * tests replace it to stall a writer there or make its transaction fail, and so replay an interleaving exactly.
 */
public interface InventoryProbe {

    /** The observable points of the writers. */
    enum Point {
        /** A hold has locked its nights and not yet checked them (inside its transaction). */
        HOLD_NIGHTS_LOCKED,
        /** Rooms were taken and the transaction is about to commit. */
        ROOMS_TAKEN,
        /** A capacity or policy change has locked the nights that existed when it began (inside its transaction). */
        CHANGE_NIGHTS_LOCKED,
        /** A capacity or policy change has checked the new limits and not yet written them (inside its transaction). */
        CHANGE_CHECKED,
        /** A policy change has recomputed part of the hotel and may have more to do. */
        POLICY_PROGRESS,
        /** The horizon job has added nights of some hotels and may have more to do. */
        HORIZON_PROGRESS,
        /** The expiry sweeper has expired a hold and may have more to do. */
        SWEEPER_PROGRESS
    }

    /** {@code hotelId} is the hotel concerned, or 0 when the point concerns every hotel at once. */
    void reached(Point point, long hotelId);

    /** The production probe: does nothing. */
    @ApplicationScoped
    @DefaultBean
    class None implements InventoryProbe {
        @Override
        public void reached(Point point, long hotelId) {
            // Nothing to observe in production.
        }
    }
}
