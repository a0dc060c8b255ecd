package io.staygrid.reservation.domain;

import java.time.Instant;

/** One audit-trail entry; {@code from} is null for the event that created the reservation. */
public record ReservationEvent(String reservationId, long sequence, ReservationStatus from, ReservationStatus to,
                               Instant time, Actor actor, String reason) {
}
