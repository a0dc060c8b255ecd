package io.staygrid.inventory;

import io.staygrid.inventory.domain.Night;
import io.staygrid.inventory.service.CapacityService;
import io.staygrid.inventory.service.PolicyService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/** Fixtures and SQL checks shared by the tests: fresh room types, the invariant, raw night rows. */
@ApplicationScoped
public class TestInventory {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private final CapacityService capacity;
    private final PolicyService policies;
    private final DataSource dataSource;

    public TestInventory(CapacityService capacity, PolicyService policies, DataSource dataSource) {
        this.capacity = capacity;
        this.policies = policies;
        this.dataSource = dataSource;
    }

    /** A room type of a new UTC hotel with {@code rooms} rooms and the given overbooking percent. */
    public RoomType newRoomType(int rooms, int percent) {
        long hotelId = IDS.incrementAndGet();
        long roomTypeId = IDS.incrementAndGet();
        policies.setPolicy(hotelId, percent, false, false);
        capacity.setRooms(hotelId, roomTypeId, "UTC", rooms, false, false);
        return new RoomType(hotelId, roomTypeId);
    }

    public static long newId() {
        return IDS.incrementAndGet();
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Nights where total_reserved differs from the rooms of the HELD and CONFIRMED holds covering them. */
    public List<String> invariantViolations() {
        return strings("""
                SELECT i.hotel_id || '/' || i.room_type_id || '/' || i.date || ': reserved ' || i.total_reserved
                       || ' holds ' || COALESCE(SUM(h.rooms), 0)
                FROM room_type_inventory i
                LEFT JOIN inventory_hold h ON h.hotel_id = i.hotel_id AND h.room_type_id = i.room_type_id
                     AND h.state IN ('HELD', 'CONFIRMED') AND i.date >= h.start_date AND i.date < h.end_date
                GROUP BY i.hotel_id, i.room_type_id, i.date, i.total_reserved
                HAVING i.total_reserved <> COALESCE(SUM(h.rooms), 0)
                """);
    }

    /** Nights reserved past their sell limit (only a forced reduction may leave such nights). */
    public List<String> oversold(long hotelId) {
        return strings("SELECT hotel_id || '/' || room_type_id || '/' || date FROM room_type_inventory"
                + " WHERE total_reserved > sell_limit AND hotel_id = " + hotelId);
    }

    /** Deadlocks PostgreSQL detected in this database since it started. */
    public long deadlocks() {
        return Long.parseLong(strings("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()").get(0));
    }

    public Night night(RoomType rt, LocalDate date) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT room_type_id, date, total_inventory, out_of_service, sell_limit, total_reserved FROM room_type_inventory"
                        + " WHERE hotel_id = ? AND room_type_id = ? AND date = ?")) {
            ps.setLong(1, rt.hotelId());
            ps.setLong(2, rt.roomTypeId());
            ps.setObject(3, date);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Night(rs.getLong("room_type_id"), rs.getObject("date", LocalDate.class),
                        rs.getInt("total_inventory"), rs.getInt("out_of_service"), rs.getInt("sell_limit"),
                        rs.getInt("total_reserved")) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text (null if there is no row). */
    public String text(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    private List<String> strings(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A room type the tests created. */
    public record RoomType(long hotelId, long roomTypeId) {
    }
}
