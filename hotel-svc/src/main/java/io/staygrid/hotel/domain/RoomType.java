package io.staygrid.hotel.domain;

import java.time.Instant;
import java.util.List;

/** A kind of room a hotel sells; guests book a room type, not a room. */
public record RoomType(long id, long hotelId, String name, String description, int maxOccupancy,
        List<BedGroup> bedGroups, List<String> amenities, Instant createTime, Instant updateTime) {
}
