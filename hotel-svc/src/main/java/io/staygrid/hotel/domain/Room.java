package io.staygrid.hotel.domain;

import java.time.Instant;

/** A physical room of a hotel, of one room type of that hotel. */
public record Room(long id, long hotelId, String number, int floor, long roomTypeId, RoomStatus status,
        Instant createTime, Instant updateTime) {

    public boolean inService() {
        return status == RoomStatus.IN_SERVICE;
    }
}
