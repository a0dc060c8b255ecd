package io.staygrid.hotel.domain;

import java.util.regex.Pattern;

/** Validates and normalizes a room. */
public final class RoomRules {

    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}./-]+");

    private RoomRules() {
    }

    public static Room normalized(Room r) {
        String number = Text.checked(r.number(), "room.number", 1, 16);
        if (!NUMBER.matcher(number).matches()) {
            throw CatalogErrors.invalid("room.number", "room.number may hold letters, digits, '-', '.' and '/' only");
        }
        if (r.roomTypeId() <= 0) {
            throw CatalogErrors.invalid("room.room_type_id", "room.room_type_id is required and positive");
        }
        if (r.status() == null) {
            throw CatalogErrors.invalid("room.status", "room.status is not a known status");
        }
        return new Room(r.id(), r.hotelId(), number, Text.checkedRange(r.floor(), "room.floor", -10, 200), r.roomTypeId(),
                r.status(), r.createTime(), r.updateTime());
    }
}
