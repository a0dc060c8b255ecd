package io.staygrid.edge.rest.model;

/** Status of a reservation: PENDING -> PAID | REJECTED | CANCELED; PAID -> REFUNDED. */
public enum ReservationStatus {
    PENDING,
    PAID,
    REJECTED,
    CANCELED,
    REFUNDED
}
