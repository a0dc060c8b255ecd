package io.staygrid.benchmarks.mesh;

import io.staygrid.localrunner.ServiceSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flash sale's promises, checked after a storm (issue 11): exactly the sell limit sold (by the answers,
 * by inventory's counters and, for the mesh, by reservation-svc's PAID rows), every other attempt a clean
 * refusal, no 5xx or other error, everything answered within 20 seconds. Printed, never asserted.
 */
final class StormCheck {

    static final double DEADLINE_SECONDS = 20;

    private StormCheck() {
    }

    static Map<String, Object> of(BenchRun run, Chain.Stay stay, VariantResult storm, boolean mesh) throws SQLException {
        OpSummary attempts = storm.unitSummary();
        int sellable = run.options.stormSellable();
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("stay", stay.start() + ".." + stay.end());
        checks.put("sellable", sellable);
        checks.put("attempts", attempts.count());
        checks.put("sold", attempts.ok());
        checks.put("refused", attempts.refused());
        checks.put("errors", attempts.errors());
        checks.put("serverErrors", attempts.outcomes().entrySet().stream().filter(e -> Outcome.isServerError(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum());
        checks.put("allAnsweredSeconds", storm.seconds());
        checks.put("slowestMillis", attempts.maxMillis());
        try (Connection c = run.env.connect(ServiceSpec.INVENTORY);
             PreparedStatement ps = c.prepareStatement("SELECT min(total_reserved), max(total_reserved), min(sell_limit)"
                     + " FROM room_type_inventory WHERE hotel_id = ? AND room_type_id = ? AND date >= ? AND date < ?")) {
            Jdbc.bind(ps, stay.hotelId(), stay.roomTypeId(), stay.start(), stay.end());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                checks.put("inventoryReservedMin", rs.getInt(1));
                checks.put("inventoryReservedMax", rs.getInt(2));
                checks.put("inventorySellLimit", rs.getInt(3));
            }
        }
        if (mesh) {
            try (Connection c = run.env.connect(ServiceSpec.RESERVATION);
                 PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM reservation WHERE hotel_id = ?"
                         + " AND room_type_id = ? AND start_date = ? AND status = 'PAID'")) {
                Jdbc.bind(ps, stay.hotelId(), stay.roomTypeId(), stay.start());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    checks.put("reservationsPaid", rs.getLong(1));
                }
            }
        }
        boolean pass = attempts.ok() == sellable && attempts.errors() == 0 && storm.seconds() < DEADLINE_SECONDS
                && checks.get("inventoryReservedMin").equals(sellable) && checks.get("inventoryReservedMax").equals(sellable)
                && (!mesh || checks.get("reservationsPaid").equals((long) sellable));
        checks.put("verdict", pass ? "PASS" : "FAIL");
        return checks;
    }
}
