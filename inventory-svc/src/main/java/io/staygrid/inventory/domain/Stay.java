package io.staygrid.inventory.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Rooms of one room type over a half-open range of nights: start_date is the first night, end_date the check-out. */
public record Stay(long hotelId, long roomTypeId, LocalDate startDate, LocalDate endDate, int rooms) {

    public int nights() {
        return (int) ChronoUnit.DAYS.between(startDate, endDate);
    }

    /** The first request field in which this stay differs from another, or null when they are the same. */
    public String firstDifference(Stay other) {
        if (hotelId != other.hotelId) {
            return "hotel_id";
        }
        if (roomTypeId != other.roomTypeId) {
            return "room_type_id";
        }
        if (!startDate.equals(other.startDate)) {
            return "start_date";
        }
        if (!endDate.equals(other.endDate)) {
            return "end_date";
        }
        return rooms == other.rooms ? null : "rooms";
    }
}
