package io.staygrid.reservation.service;

/** A saga compensation, kept durably until done: each undoes one step, by the same reservation id. */
public enum Compensation {
    /** Undoes HoldRooms: ReleaseHold (a no-op for an id that never held). */
    RELEASE_HOLD,
    /** Undoes the charge: refund through the gateway (zero if nothing was charged). */
    REFUND
}
