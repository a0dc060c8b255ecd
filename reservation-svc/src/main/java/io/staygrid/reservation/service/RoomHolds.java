package io.staygrid.reservation.service;

import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Stay;
import java.time.Duration;
import java.time.Instant;

/**
 * Inventory's room holds as the saga sees them; every call is idempotent by reservation id. Calls throw
 * {@link OutcomeUnknownException} when inventory cannot be reached (after the client's own retries).
 */
public interface RoomHolds {

    /** The outcome of taking rooms. */
    sealed interface HoldResult permits Held, Refused {
    }

    /** The hold as it is now (a retry returns the existing hold, possibly expired). */
    record Held(boolean expiredOrGone, Instant expireTime) implements HoldResult {
    }

    /** Inventory refused: nothing was taken. */
    record Refused(RejectionReason reason, String detail) implements HoldResult {
    }

    /** The outcome of ConfirmHold. */
    enum ConfirmResult { CONFIRMED, ROOMS_LOST, RELEASED }

    HoldResult hold(String reservationId, Stay stay, Duration holdFor);

    ConfirmResult confirm(String reservationId);

    /** Gives the rooms back; fine for an id that never held anything. */
    void release(String reservationId);
}
