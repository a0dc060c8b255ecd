package io.staygrid.reservation.domain;

import java.util.Set;

/** A reservation's status; the allowed transitions are the state machine of DESIGN.md. */
public enum ReservationStatus {
    PENDING, PAID, REJECTED, CANCELED, REFUNDED;

    /** Whether going from this status to {@code next} is a legal transition. */
    public boolean canBecome(ReservationStatus next) {
        return switch (this) {
            case PENDING -> Set.of(PAID, REJECTED, CANCELED).contains(next);
            case PAID -> next == REFUNDED;
            case REJECTED, CANCELED, REFUNDED -> false;
        };
    }

    public boolean terminal() {
        return this == REJECTED || this == CANCELED || this == REFUNDED;
    }
}
