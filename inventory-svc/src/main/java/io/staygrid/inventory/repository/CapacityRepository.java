package io.staygrid.inventory.repository;

import io.staygrid.inventory.domain.OutOfService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * Recomputes total_inventory and sell_limit of a room type's nights from the (already updated) rooms in service,
 * out-of-service counts and the room type's applied percent, refusing or reporting nights pushed below what they
 * have reserved. The arithmetic is bigint: no input can overflow it.
 */
@ApplicationScoped
public class CapacityRepository {

    /** The new values per night: out-of-service replaced where a segment covers the date, then inventory and limit. */
    private static final String RECOMPUTED = """
            WITH s AS (
              SELECT * FROM unnest(CAST(? AS date[]), CAST(? AS date[]), CAST(? AS integer[])) AS s(start_date, end_date, rooms)
            ), n AS (
              SELECT i.hotel_id, i.room_type_id, i.date, i.total_reserved, i.sell_limit AS old_limit, x.oos,
                     GREATEST(0, CAST(rt.rooms AS bigint) - x.oos) AS ti, COALESCE(CAST(? AS integer), rt.applied_percent) AS pct
              FROM room_type_inventory i
              JOIN room_type rt ON rt.hotel_id = i.hotel_id AND rt.room_type_id = i.room_type_id
              CROSS JOIN LATERAL (SELECT COALESCE((SELECT s.rooms FROM s WHERE i.date >= s.start_date AND i.date < s.end_date
                                                   LIMIT 1), i.out_of_service) AS oos) x
              WHERE i.hotel_id = ? AND (? = 0 OR i.room_type_id = ?) AND i.date >= ? AND i.date < ?
            ), m AS (SELECT n.*, n.ti * (100 + n.pct) / 100 AS lim FROM n)
            """;

    /**
     * Which rows of a hotel to recompute; {@code percent} null means each room type's applied percent, and the
     * segments set out-of-service counts on the way (may be empty).
     */
    public record Scope(long hotelId, long roomTypeId, LocalDate from, LocalDate to, Integer percent,
                        List<OutOfService> segments) {

        public static Scope allDates(long hotelId, long roomTypeId, LocalDate from, LocalDate to) {
            return new Scope(hotelId, roomTypeId, from, to, null, List.of());
        }

        Object[] params() {
            String[] starts = segments.stream().map(s -> s.start().toString()).toArray(String[]::new);
            String[] ends = segments.stream().map(s -> s.end().toString()).toArray(String[]::new);
            Integer[] rooms = segments.stream().map(OutOfService::rooms).toArray(Integer[]::new);
            return new Object[] {starts, ends, rooms, percent, hotelId, roomTypeId, roomTypeId, from, to};
        }
    }

    /** The nights a change would push below their reserved rooms (only nights whose limit it lowers). */
    public record Shortfall(int nights, LocalDate firstDate) {
    }

    private final Sql sql;

    public CapacityRepository(Sql sql) {
        this.sql = sql;
    }

    /** Locks the scope's rows in (room type, date) order before anything reads or changes them. */
    public void lock(Scope scope) {
        sql.list("""
                SELECT 1 FROM room_type_inventory
                WHERE hotel_id = ? AND (? = 0 OR room_type_id = ?) AND date >= ? AND date < ?
                ORDER BY room_type_id, date FOR UPDATE
                """, rs -> 1, scope.hotelId, scope.roomTypeId, scope.roomTypeId, scope.from, scope.to);
    }

    public Shortfall shortfall(Scope scope) {
        return sql.one(RECOMPUTED + "SELECT count(*) AS nights, min(date) AS first FROM m WHERE lim < old_limit AND lim < total_reserved",
                rs -> new Shortfall(rs.getInt("nights"), Sql.date(rs, "first")), scope.params()).orElseThrow();
    }

    /** How many nights would have more reserved than their limit after the change (a dry run reads, locks nothing). */
    public int overbookedAfter(Scope scope) {
        return sql.one(RECOMPUTED + "SELECT count(*) FROM m WHERE total_reserved > lim", rs -> rs.getInt(1), scope.params())
                .orElseThrow();
    }

    /** Writes the new values; a night left above its limit records its reserved count as overbooked_floor. */
    public void apply(Scope scope) {
        sql.update(RECOMPUTED + """
                UPDATE room_type_inventory i
                SET out_of_service = m.oos, total_inventory = m.ti, sell_limit = m.lim,
                    overbooked_floor = CASE WHEN i.total_reserved > m.lim THEN i.total_reserved ELSE 0 END
                FROM m
                WHERE i.hotel_id = m.hotel_id AND i.room_type_id = m.room_type_id AND i.date = m.date
                """, scope.params());
    }

    /** The overbooked nights of a room type from a date on, ascending. */
    public List<LocalDate> overbookedDates(long hotelId, long roomTypeId, LocalDate from) {
        return sql.list("""
                SELECT date FROM room_type_inventory
                WHERE hotel_id = ? AND room_type_id = ? AND date >= ? AND total_reserved > sell_limit
                ORDER BY date
                """, rs -> Sql.date(rs, "date"), hotelId, roomTypeId, from);
    }

    public int overbookedCount(long hotelId, LocalDate from) {
        return sql.one("SELECT count(*) FROM room_type_inventory WHERE hotel_id = ? AND date >= ? AND total_reserved > sell_limit",
                rs -> rs.getInt(1), hotelId, from).orElseThrow();
    }
}
