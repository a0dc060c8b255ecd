package io.staygrid.hotel.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A maintenance window taking one room out of service on [startDate, endDate). */
public record RoomOutage(long id, long hotelId, long roomId, LocalDate startDate, LocalDate endDate, String reason,
        Instant createTime) {
}
