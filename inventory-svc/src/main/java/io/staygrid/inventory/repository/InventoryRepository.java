package io.staygrid.inventory.repository;

import io.staygrid.inventory.domain.Horizon;
import io.staygrid.inventory.domain.Night;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The per-night rows. Every statement that locks several rows locks them in (hotel, room type, date) order,
 * the one global order that keeps concurrent holds, releases and capacity changes free of deadlocks.
 */
@ApplicationScoped
public class InventoryRepository {

    private static final String NIGHT_COLUMNS =
            "room_type_id, date, total_inventory, out_of_service, sell_limit, total_reserved";

    /**
     * Adds the missing nights of a hotel (one room type, or all when the room type is 0) up to today + 729 in the
     * hotel's time zone, from the day after the last existing row (never before today), with the room type's
     * applied percent: idempotent, catches up missed days, inserts in key order. The %s slot takes a locking clause.
     */
    private static final String EXTEND = """
            INSERT INTO room_type_inventory (hotel_id, room_type_id, date, total_inventory, sell_limit)
            SELECT rt.hotel_id, rt.room_type_id, d::date, rt.rooms, CAST(rt.rooms AS bigint) * (100 + rt.applied_percent) / 100
            FROM room_type rt
            JOIN hotel h ON h.hotel_id = rt.hotel_id
            CROSS JOIN LATERAL (SELECT (CAST(? AS timestamptz) AT TIME ZONE h.time_zone)::date AS today) t
            CROSS JOIN LATERAL (SELECT max(i.date) AS last FROM room_type_inventory i
                                WHERE i.hotel_id = rt.hotel_id AND i.room_type_id = rt.room_type_id) m
            CROSS JOIN LATERAL generate_series(GREATEST(t.today, m.last + 1), t.today + %d, interval '1 day') d
            WHERE rt.hotel_id = ? AND (CAST(? AS bigint) = 0 OR rt.room_type_id = ?)
            ORDER BY rt.hotel_id, rt.room_type_id, d
            %%s
            ON CONFLICT DO NOTHING
            """.formatted(Horizon.NIGHTS - 1);

    /**
     * The horizon job shares each room type row it adds nights to: it waits (up to the lock timeout) for a capacity
     * change or policy step of that room type (which holds the row) and then reads the committed rooms and percent,
     * so no night is added with values being replaced. It never waits for anything while holding nights another
     * writer needs: those writers lock their room type row before any night.
     */
    private static final String EXTEND_SHARED = EXTEND.formatted("FOR SHARE OF rt");
    /** Without a room type lock: the hold path has nights locked already (room type rows come before nights). */
    private static final String EXTEND_UNLOCKED = EXTEND.formatted("");

    private final Sql sql;

    public InventoryRepository(Sql sql) {
        this.sql = sql;
    }

    /** The horizon job's step: extends every room type of one hotel to the horizon of {@code now}; returns the rows added. */
    public int extendHotel(long hotelId, Instant now) {
        return sql.update(EXTEND_SHARED, now, hotelId, 0L, 0L);
    }

    /**
     * Extends one room type's rows to the horizon of {@code now}; returns the rows added. An insert of a night
     * another transaction is inserting waits for it, so after this returns every night up to the horizon is
     * committed or ours.
     */
    public int extend(long hotelId, long roomTypeId, Instant now) {
        return sql.update(EXTEND_UNLOCKED, now, hotelId, roomTypeId, roomTypeId);
    }

    /** Locks the existing rows of [from, to) in date order and returns them as they are after the locks. */
    public List<Night> lockNights(long hotelId, long roomTypeId, LocalDate from, LocalDate to) {
        return sql.list("SELECT " + NIGHT_COLUMNS + """
                 FROM room_type_inventory
                WHERE hotel_id = ? AND room_type_id = ? AND date >= ? AND date < ?
                ORDER BY date FOR UPDATE
                """, InventoryRepository::night, hotelId, roomTypeId, from, to);
    }

    /** Adds {@code rooms} (negative to give back) on every night of [from, to); the rows must be locked. */
    public void addReserved(long hotelId, long roomTypeId, LocalDate from, LocalDate to, int rooms) {
        sql.update("""
                UPDATE room_type_inventory
                SET total_reserved = total_reserved + ?, overbooked_floor = LEAST(overbooked_floor, total_reserved + ?)
                WHERE hotel_id = ? AND room_type_id = ? AND date >= ? AND date < ?
                """, rooms, rooms, hotelId, roomTypeId, from, to);
    }

    /**
     * Every night of [from, to) for one room type, or for every non-retired room type of the hotel when
     * {@code roomTypeId} is 0, in (room type, date) order; nights without a row are all zero.
     */
    public List<Night> nights(long hotelId, long roomTypeId, LocalDate from, LocalDate to) {
        return sql.list("""
                SELECT rt.room_type_id, d::date AS date, COALESCE(i.total_inventory, 0) AS total_inventory,
                       COALESCE(i.out_of_service, 0) AS out_of_service, COALESCE(i.sell_limit, 0) AS sell_limit,
                       COALESCE(i.total_reserved, 0) AS total_reserved
                FROM room_type rt
                CROSS JOIN generate_series(CAST(? AS date), CAST(? AS date) - 1, interval '1 day') d
                LEFT JOIN room_type_inventory i
                  ON i.hotel_id = rt.hotel_id AND i.room_type_id = rt.room_type_id AND i.date = d::date
                WHERE rt.hotel_id = ? AND (CASE WHEN ? = 0 THEN rt.rooms > 0 ELSE rt.room_type_id = ? END)
                ORDER BY rt.room_type_id, d
                """, InventoryRepository::night, from, to, hotelId, roomTypeId, roomTypeId);
    }

    /** Nights from {@code today} on where more is reserved than may be sold, after the (date, room type) cursor. */
    public List<Night> overbooked(long hotelId, long roomTypeId, LocalDate today, LocalDate afterDate,
                                  long afterRoomTypeId, int limit) {
        return sql.list("SELECT " + NIGHT_COLUMNS + """
                 FROM room_type_inventory
                WHERE hotel_id = ? AND total_reserved > sell_limit AND date >= ? AND (? = 0 OR room_type_id = ?)
                  AND (date, room_type_id) > (?, ?)
                ORDER BY date, room_type_id LIMIT ?
                """, InventoryRepository::night, hotelId, today, roomTypeId, roomTypeId, afterDate, afterRoomTypeId, limit);
    }

    public static Night night(ResultSet rs) throws SQLException {
        return new Night(rs.getLong("room_type_id"), Sql.date(rs, "date"), rs.getInt("total_inventory"),
                rs.getInt("out_of_service"), rs.getInt("sell_limit"), rs.getInt("total_reserved"));
    }
}
