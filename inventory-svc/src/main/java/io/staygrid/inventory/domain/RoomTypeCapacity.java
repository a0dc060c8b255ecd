package io.staygrid.inventory.domain;

import java.time.Instant;

/** The rooms in service of one room type as last set by hotel-svc, and its hotel's time zone. */
public record RoomTypeCapacity(long hotelId, long roomTypeId, String timeZone, int rooms,
                               Instant createTime, Instant updateTime) {
}
