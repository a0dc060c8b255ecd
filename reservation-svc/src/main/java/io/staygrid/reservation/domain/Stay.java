package io.staygrid.reservation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Rooms of one room type for the half-open stay [start, end): end is the check-out day, not a night. */
public record Stay(long hotelId, long roomTypeId, LocalDate start, LocalDate end, int rooms) {

    public int nights() {
        return (int) ChronoUnit.DAYS.between(start, end);
    }
}
