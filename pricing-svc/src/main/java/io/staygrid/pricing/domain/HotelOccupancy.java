package io.staygrid.pricing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A hotel's occupancy over a range as inventory-svc reports it in one answer: the hotel's today and, per room
 * type it knows (retired ones excepted), one entry per night. A room type it did not report is empty.
 */
public record HotelOccupancy(LocalDate today, Map<Long, List<DailyOccupancy>> byRoomType) {

    /** The nights of one room type; a room type inventory did not report has nothing reserved on any night. */
    public List<DailyOccupancy> of(long roomTypeId, DateRange range) {
        List<DailyOccupancy> days = byRoomType.get(roomTypeId);
        return days != null ? days : range.dates().stream().map(d -> new DailyOccupancy(d, 0, 0)).toList();
    }
}
