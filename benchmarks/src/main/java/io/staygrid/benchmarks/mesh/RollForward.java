package io.staygrid.benchmarks.mesh;

import io.staygrid.inventory.repository.InventoryRepository;
import io.staygrid.localrunner.ServiceSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily roll-forward of every hotel's inventory, as inventory-svc's horizon job does it: one transaction per
 * hotel running the service's own extension statement (adding each room type's missing nights up to today +
 * 729). No RPC triggers the job, and its schedule (hourly, and at start) cannot be aimed at a measured moment;
 * its statement is the same.
 */
final class RollForward {

    private RollForward() {
    }

    static Map<String, Object> measure(BenchEnvironment env) throws Exception {
        try (Connection c = env.connect(ServiceSpec.INVENTORY)) {
            List<Long> hotels = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT hotel_id FROM hotel WHERE time_zone IS NOT NULL ORDER BY hotel_id")) {
                while (rs.next()) {
                    hotels.add(rs.getLong(1));
                }
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            int added = 0;
            // Hibernate's ordinal parameters (?1) as JDBC's (?), in the order they appear: now, hotel, 0, 0.
            String sql = InventoryRepository.EXTEND_SHARED.replaceAll("\\?\\d+", "?");
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (long hotelId : hotels) {
                    ps.setTimestamp(1, now);
                    ps.setLong(2, hotelId);
                    ps.setLong(3, 0);
                    ps.setLong(4, 0);
                    added += ps.executeUpdate();
                    c.commit();
                }
            }
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("hotels", hotels.size());
            info.put("rowsAdded", added);
            info.put("seconds", (System.nanoTime() - start) / 1e9);
            return info;
        }
    }
}
