package io.staygrid.benchmarks.mesh;

import io.staygrid.localrunner.ServiceSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cross-service invariants, read straight from the databases over JDBC once the traffic has stopped and the
 * saga recovery has run. Each check is a name, what was found, and whether it holds; up to five examples of a
 * violation are kept.
 */
final class SoakInvariants {

    record Check(String name, String expected, Object found, boolean pass, List<String> examples) {
    }

    private static final Set<String> FINISHED = Set.of("REJECTED", "CANCELED", "REFUNDED");
    private static final Set<String> COUNTING = Set.of("HELD", "CONFIRMED");

    private record Hold(String state, long hotelId, long roomTypeId, LocalDate start, LocalDate end, int rooms) {
    }

    private record Booking(String id, String status, long hotelId, long roomTypeId, LocalDate start, LocalDate end, int rooms,
            boolean holdConfirmed, String chargeStatus, long paymentRefund, String gatewayOutcome, long gatewayRefund) {
    }

    private SoakInvariants() {
    }

    /** Reservations of the recovery's concern: PENDING ones, PAID ones whose hold is unconfirmed, compensations to do. */
    static Map<String, Long> unfinished(BenchEnvironment env) throws SQLException {
        try (Connection c = env.connect(ServiceSpec.RESERVATION); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM reservation WHERE status = 'PENDING'),"
                     + " (SELECT count(*) FROM reservation WHERE status = 'PAID' AND NOT hold_confirmed),"
                     + " (SELECT count(*) FROM compensation_task WHERE done_time IS NULL)")) {
            rs.next();
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("pending", rs.getLong(1));
            m.put("paidHoldUnconfirmed", rs.getLong(2));
            m.put("compensationsUndone", rs.getLong(3));
            return m;
        }
    }

    static List<Check> check(BenchEnvironment env, Chain chain, Set<Integer> stormStays, int sellable) throws SQLException {
        List<Check> checks = new ArrayList<>();
        checks.add(nights(env));
        Map<String, Hold> holds = holds(env);
        List<Booking> bookings = bookings(env);
        Map<String, Long> byStatus = new java.util.TreeMap<>();
        bookings.forEach(b -> byStatus.merge(b.status(), 1L, Long::sum));

        List<String> paidBad = new ArrayList<>();
        List<String> finishedHolding = new ArrayList<>();
        long paid = 0;
        long pending = 0;
        long paidUnconfirmed = 0;
        Map<String, String> statusById = new HashMap<>();
        for (Booking b : bookings) {
            statusById.put(b.id(), b.status());
            Hold h = holds.get(b.id());
            switch (b.status()) {
                case "PAID" -> {
                    paid++;
                    if (!b.holdConfirmed()) {
                        paidUnconfirmed++;
                    }
                    String why = h == null ? "no hold" : !h.state().equals("CONFIRMED") ? "hold " + h.state()
                            : h.hotelId() != b.hotelId() || h.roomTypeId() != b.roomTypeId() || !h.start().equals(b.start())
                                    || !h.end().equals(b.end()) || h.rooms() != b.rooms() ? "hold of another stay"
                            : !"APPROVED".equals(b.chargeStatus()) ? "payment " + b.chargeStatus()
                            : b.paymentRefund() != 0 ? "payment refunded " + b.paymentRefund()
                            : !"APPROVED".equals(b.gatewayOutcome()) ? "gateway charge " + b.gatewayOutcome()
                            : b.gatewayRefund() != 0 ? "gateway charge refunded " + b.gatewayRefund() : null;
                    if (why != null) {
                        paidBad.add(b.id() + ": " + why);
                    }
                }
                case "PENDING" -> pending++;
                default -> {
                    if (FINISHED.contains(b.status()) && h != null && COUNTING.contains(h.state())) {
                        finishedHolding.add(b.id() + " " + b.status() + ": hold " + h.state());
                    }
                }
            }
        }
        List<String> orphans = new ArrayList<>();
        holds.forEach((id, h) -> {
            if (COUNTING.contains(h.state()) && !"PAID".equals(statusById.get(id))) {
                orphans.add(id + ": hold " + h.state() + ", reservation " + statusById.getOrDefault(id, "missing"));
            }
        });
        checks.add(new Check("every PAID reservation has a CONFIRMED hold of its stay and one approved unrefunded charge",
                "0 violations of " + paid + " PAID", paidBad.size(), paidBad.isEmpty(), first(paidBad)));
        checks.add(new Check("no finished (REJECTED/CANCELED/REFUNDED) reservation holds rooms", "0",
                finishedHolding.size(), finishedHolding.isEmpty(), first(finishedHolding)));
        checks.add(new Check("no hold counts rooms without a PAID reservation", "0", orphans.size(), orphans.isEmpty(),
                first(orphans)));
        checks.add(new Check("nothing PENDING once recovery has run", "0", pending, pending == 0, List.of()));
        checks.add(new Check("no PAID reservation with its hold unconfirmed", "0", paidUnconfirmed, paidUnconfirmed == 0,
                List.of()));
        long undone = unfinished(env).get("compensationsUndone");
        checks.add(new Check("no compensation (release, refund) left undone", "0", undone, undone == 0, List.of()));
        checks.add(storms(env, chain, stormStays, sellable));
        checks.add(new Check("reservations by status (for the record)", "-", byStatus, true, List.of()));
        return checks;
    }

    /** Each night's total_reserved is the rooms of the holds that count (HELD, CONFIRMED) on it, and within the limit. */
    private static Check nights(BenchEnvironment env) throws SQLException {
        String sql = """
                WITH held AS (
                  SELECT h.hotel_id, h.room_type_id, d::date AS date, sum(h.rooms) AS rooms
                  FROM inventory_hold h, generate_series(h.start_date, h.end_date - 1, interval '1 day') d
                  WHERE h.state IN ('HELD', 'CONFIRMED') GROUP BY 1, 2, 3)
                SELECT n.hotel_id, n.room_type_id, n.date, n.total_reserved, n.sell_limit, held.hotel_id AS h_hotel,
                       held.room_type_id AS h_type, held.date AS h_date, held.rooms
                FROM room_type_inventory n FULL JOIN held
                  ON held.hotel_id = n.hotel_id AND held.room_type_id = n.room_type_id AND held.date = n.date
                WHERE n.hotel_id IS NULL OR n.total_reserved <> COALESCE(held.rooms, 0)
                   OR n.total_reserved > GREATEST(n.sell_limit, n.overbooked_floor)""";
        List<String> bad = new ArrayList<>();
        long nights;
        long reserved;
        try (Connection c = env.connect(ServiceSpec.INVENTORY); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    bad.add(rs.getObject(1) == null
                            ? "hold nights without an inventory row: hotel " + rs.getLong(6) + " type " + rs.getLong(7) + " " + rs.getDate(8)
                            : "hotel " + rs.getLong(1) + " type " + rs.getLong(2) + " " + rs.getDate(3) + ": total_reserved "
                                    + rs.getInt(4) + ", rooms of counting holds " + rs.getLong(9) + ", sell limit " + rs.getInt(5));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*), COALESCE(sum(total_reserved), 0) FROM room_type_inventory")) {
                rs.next();
                nights = rs.getLong(1);
                reserved = rs.getLong(2);
            }
        }
        return new Check("each night's total_reserved = rooms of its counting (HELD, CONFIRMED) holds, within the sell limit",
                "0 of " + nights + " nights (" + reserved + " room-nights reserved)", bad.size(), bad.isEmpty(), first(bad));
    }

    private static Check storms(BenchEnvironment env, Chain chain, Set<Integer> stays, int sellable) throws SQLException {
        Map<String, Long> sold = new LinkedHashMap<>();
        List<String> over = new ArrayList<>();
        try (Connection c = env.connect(ServiceSpec.RESERVATION);
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM reservation WHERE hotel_id = ? AND room_type_id = ?"
                     + " AND start_date = ? AND end_date = ? AND status = 'PAID'")) {
            for (int n : new java.util.TreeSet<>(stays)) {
                Chain.Stay stay = chain.stormStay(n);
                Jdbc.bind(ps, stay.hotelId(), stay.roomTypeId(), stay.start(), stay.end());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    sold.put(stay.start().toString(), rs.getLong(1));
                    if (rs.getLong(1) > sellable) {
                        over.add(stay.start() + ": " + rs.getLong(1) + " PAID of " + sellable);
                    }
                }
            }
        }
        return new Check("no storm stay sold beyond its sell limit (PAID per storm stay)", "<= " + sellable + " each", sold,
                over.isEmpty(), over);
    }

    private static Map<String, Hold> holds(BenchEnvironment env) throws SQLException {
        Map<String, Hold> holds = new HashMap<>();
        try (Connection c = env.connect(ServiceSpec.INVENTORY); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT reservation_id, state, hotel_id, room_type_id, start_date, end_date, rooms"
                     + " FROM inventory_hold")) {
            while (rs.next()) {
                holds.put(rs.getString(1), new Hold(rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7)));
            }
        }
        return holds;
    }

    private static List<Booking> bookings(BenchEnvironment env) throws SQLException {
        List<Booking> out = new ArrayList<>();
        try (Connection c = env.connect(ServiceSpec.RESERVATION); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT r.reservation_id, r.status, r.hotel_id, r.room_type_id, r.start_date,"
                     + " r.end_date, r.rooms, r.hold_confirmed, p.charge_status, COALESCE(p.refund_minor, 0), g.outcome,"
                     + " COALESCE(g.refunded_minor, 0) FROM reservation r LEFT JOIN payment p USING (reservation_id)"
                     + " LEFT JOIN sandbox_gateway_charge g USING (reservation_id)")) {
            while (rs.next()) {
                out.add(new Booking(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getBoolean(8),
                        rs.getString(9), rs.getLong(10), rs.getString(11), rs.getLong(12)));
            }
        }
        return out;
    }

    private static List<String> first(List<String> items) {
        return List.copyOf(items.subList(0, Math.min(5, items.size())));
    }
}
