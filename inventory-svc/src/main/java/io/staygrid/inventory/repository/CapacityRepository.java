package io.staygrid.inventory.repository;

import io.staygrid.inventory.domain.OutOfService;
import io.staygrid.inventory.repository.entity.NightEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Recomputes total_inventory and sell_limit of a room type's nights from the (already updated) rooms in service,
 * out-of-service counts and the room type's applied percent, refusing or reporting nights pushed below what they
 * have reserved. The arithmetic is bigint: no input can overflow it. Native: the recompute is one set-based
 * statement over up to 730 nights (unnest of the segments, a CTE shared by the check and the update), and the
 * locks are taken without loading 730 entities.
 */
@ApplicationScoped
@Transactional
public class CapacityRepository implements PanacheRepositoryBase<NightEntity, NightEntity.Key> {

    /** The new values per night: out-of-service replaced where a segment covers the date, then inventory and limit. */
    private static final String RECOMPUTED = """
            WITH s AS (
              SELECT * FROM unnest(CAST(?1 AS date[]), CAST(?2 AS date[]), CAST(?3 AS integer[])) AS s(start_date, end_date, rooms)
            ), n AS (
              SELECT i.hotel_id, i.room_type_id, i.date, i.total_reserved, i.sell_limit AS old_limit, x.oos,
                     GREATEST(0, CAST(rt.rooms AS bigint) - x.oos) AS ti, COALESCE(CAST(?4 AS integer), rt.applied_percent) AS pct
              FROM room_type_inventory i
              JOIN room_type rt ON rt.hotel_id = i.hotel_id AND rt.room_type_id = i.room_type_id
              CROSS JOIN LATERAL (SELECT COALESCE((SELECT s.rooms FROM s WHERE i.date >= s.start_date AND i.date < s.end_date
                                                   LIMIT 1), i.out_of_service) AS oos) x
              WHERE i.hotel_id = ?5 AND (?6 = 0 OR i.room_type_id = ?6) AND i.date >= ?7 AND i.date < ?8
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

        Query bind(Query q) {
            String[] starts = segments.stream().map(s -> s.start().toString()).toArray(String[]::new);
            String[] ends = segments.stream().map(s -> s.end().toString()).toArray(String[]::new);
            Integer[] rooms = segments.stream().map(OutOfService::rooms).toArray(Integer[]::new);
            return q.setParameter(1, starts).setParameter(2, ends).setParameter(3, rooms).setParameter(4, percent)
                    .setParameter(5, hotelId).setParameter(6, roomTypeId).setParameter(7, from).setParameter(8, to);
        }
    }

    /** The nights a change would push below their reserved rooms (only nights whose limit it lowers). */
    public record Shortfall(int nights, LocalDate firstDate) {
    }

    /** Locks the scope's rows in (room type, date) order before anything reads or changes them. */
    public void lock(Scope scope) {
        getEntityManager().createNativeQuery("""
                SELECT 1 FROM room_type_inventory
                WHERE hotel_id = ?1 AND (?2 = 0 OR room_type_id = ?2) AND date >= ?3 AND date < ?4
                ORDER BY room_type_id, date FOR UPDATE
                """).setParameter(1, scope.hotelId).setParameter(2, scope.roomTypeId).setParameter(3, scope.from)
                .setParameter(4, scope.to).getResultList();
    }

    public Shortfall shortfall(Scope scope) {
        Object[] row = (Object[]) scope.bind(getEntityManager().createNativeQuery(RECOMPUTED
                + "SELECT count(*) AS nights, min(date) AS first FROM m WHERE lim < old_limit AND lim < total_reserved"))
                .getSingleResult();
        return new Shortfall(((Number) row[0]).intValue(), localDate(row[1]));
    }

    /** A date column of a native result (the driver may hand back java.sql.Date). */
    static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** How many nights would have more reserved than their limit after the change (a dry run reads, locks nothing). */
    public int overbookedAfter(Scope scope) {
        return ((Number) scope.bind(getEntityManager().createNativeQuery(RECOMPUTED
                + "SELECT count(*) FROM m WHERE total_reserved > lim")).getSingleResult()).intValue();
    }

    /** Writes the new values; a night left above its limit records its reserved count as overbooked_floor. */
    public void apply(Scope scope) {
        scope.bind(getEntityManager().createNativeQuery(RECOMPUTED + """
                UPDATE room_type_inventory i
                SET out_of_service = m.oos, total_inventory = m.ti, sell_limit = m.lim,
                    overbooked_floor = CASE WHEN i.total_reserved > m.lim THEN i.total_reserved ELSE 0 END
                FROM m
                WHERE i.hotel_id = m.hotel_id AND i.room_type_id = m.room_type_id AND i.date = m.date
                """)).executeUpdate();
    }

    /** The overbooked nights of a room type from a date on, ascending. */
    public List<LocalDate> overbookedDates(long hotelId, long roomTypeId, LocalDate from) {
        return getEntityManager().createQuery("select n.date from NightEntity n where n.hotelId = ?1"
                        + " and n.roomTypeId = ?2 and n.date >= ?3 and n.totalReserved > n.sellLimit order by n.date",
                LocalDate.class).setParameter(1, hotelId).setParameter(2, roomTypeId).setParameter(3, from)
                .getResultList();
    }

    public int overbookedCount(long hotelId, LocalDate from) {
        return (int) count("hotelId = ?1 and date >= ?2 and totalReserved > sellLimit", hotelId, from);
    }
}
