package io.staygrid.benchmarks.mesh;

import java.time.LocalDate;

/**
 * The rows the bulk load writes, in COPY's text format (tab-separated), each table's column list next to the
 * code that formats its rows: the one place to change when a service's schema gains a column. The values are
 * what the services themselves would have written for the same chain (hotel-svc's catalog and capacity sync
 * state, inventory-svc's capacity and nights at the default 10% overbooking, pricing-svc's base rates).
 */
final class BulkRows {

    private BulkRows() {
    }

    // hotel-svc (identity ids are given explicitly: COPY writes them like OVERRIDING SYSTEM VALUE)
    static final String HOTEL = "hotel (hotel_id, name, address_lines, city, postal_code, country_code, time_zone,"
            + " currency_code, star_rating, description, create_time, update_time)";
    static final String ROOM_TYPE = "room_type (room_type_id, hotel_id, name, description, max_occupancy, bed_groups,"
            + " amenities, create_time, update_time)";
    static final String ROOM = "room (room_id, hotel_id, room_type_id, number, floor, status, create_time, update_time)";
    static final String CAPACITY_SYNC = "capacity_sync (room_type_id, hotel_id, hotel_time_zone, next_attempt_at, attempts,"
            + " last_sync_time, last_sync_error)";

    static void hotel(StringBuilder b, long hotelId, String[] locale) {
        b.append(hotelId).append("\tBulk hotel ").append(hotelId).append("\t{\"").append(hotelId).append(" Bulk Street\"}\tBulk City ")
                .append(hotelId % 500).append("\t10000\t").append(locale[2]).append('\t').append(locale[0]).append('\t')
                .append(locale[1]).append('\t').append(1 + hotelId % 5).append("\tLoaded by the mesh benchmark.\tnow\tnow\n");
    }

    static void roomType(StringBuilder b, long roomTypeId, long hotelId, int index) {
        b.append(roomTypeId).append('\t').append(hotelId).append("\tType ").append(index)
                .append("\t\t2\t{DOUBLE:1}\t{wifi}\tnow\tnow\n");
    }

    static void room(StringBuilder b, long roomId, long hotelId, long roomTypeId, int typeIndex, int index) {
        b.append(roomId).append('\t').append(hotelId).append('\t').append(roomTypeId).append('\t').append(typeIndex).append('-')
                .append(index).append('\t').append(1 + typeIndex % 200).append("\tIN_SERVICE\tnow\tnow\n");
    }

    /** Delivered: nothing pending in the outbox, last synced at load time. */
    static void capacitySync(StringBuilder b, long roomTypeId, long hotelId, String zone) {
        b.append(roomTypeId).append('\t').append(hotelId).append('\t').append(zone).append("\tnow\t0\tnow\t\n");
    }

    // inventory-svc
    static final String INVENTORY_HOTEL = "hotel (hotel_id, time_zone, overbooking_percent, policy_update_time, create_time)";
    static final String INVENTORY_ROOM_TYPE = "room_type (hotel_id, room_type_id, rooms, applied_percent, create_time,"
            + " update_time)";
    static final String INVENTORY_NIGHT = "room_type_inventory (hotel_id, room_type_id, date, total_inventory, out_of_service,"
            + " sell_limit, total_reserved, overbooked_floor)";

    /** No policy of its own: the default 10% (overbooking_percent NULL). */
    static void inventoryHotel(StringBuilder b, long hotelId, String zone) {
        b.append(hotelId).append('\t').append(zone).append("\t\\N\t\\N\tnow\n");
    }

    static void inventoryRoomType(StringBuilder b, long hotelId, long roomTypeId, int rooms) {
        b.append(hotelId).append('\t').append(roomTypeId).append('\t').append(rooms).append("\t10\tnow\tnow\n");
    }

    /** One night, nothing sold, sell limit floor(rooms x 1.1). */
    static void inventoryNight(StringBuilder b, long hotelId, long roomTypeId, String date, int rooms) {
        b.append(hotelId).append('\t').append(roomTypeId).append('\t').append(date).append('\t').append(rooms).append("\t0\t")
                .append(rooms * 110 / 100).append("\t0\t0\n");
    }

    // pricing-svc
    static final String BASE_RATE = "base_rate (hotel_id, room_type_id, currency, rate_minor, update_time)";

    static void baseRate(StringBuilder b, long hotelId, long roomTypeId, String currency, int index) {
        long units = Chain.baseRateUnits(currency, index);
        b.append(hotelId).append('\t').append(roomTypeId).append('\t').append(currency).append('\t')
                .append(currency.equals("JPY") ? units : units * 100).append("\tnow\n");
    }

    /** The dates of the 730 nights loaded for a hotel whose today is {@code today}: yesterday .. today + 728. */
    static String[] nights(LocalDate today, int count) {
        String[] dates = new String[count];
        for (int i = 0; i < count; i++) {
            dates[i] = today.minusDays(1).plusDays(i).toString();
        }
        return dates;
    }
}
