package io.staygrid.benchmarks.mesh;

import io.staygrid.benchmarks.SingleConnectionDataSource;
import io.staygrid.inventory.repository.InventoryRepository;
import io.staygrid.inventory.repository.Sql;
import io.staygrid.localrunner.ServiceSpec;
import java.sql.Connection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The daily roll-forward of every hotel's inventory (inventory-svc's horizon job: one INSERT ... SELECT adding
 * each room type's missing nights up to today + 729), run with the service's own repository code on one JDBC
 * transaction, as the job's @Transactional method does. No RPC triggers the job, and its schedule (hourly,
 * and at start) cannot be aimed at a measured moment; its statement is the same.
 */
final class RollForward {

    private RollForward() {
    }

    static Map<String, Object> measure(BenchEnvironment env) throws Exception {
        try (Connection c = env.connect(ServiceSpec.INVENTORY)) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            int added = new InventoryRepository(new Sql(new SingleConnectionDataSource(c))).extendAll(Instant.now());
            c.commit();
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("rowsAdded", added);
            info.put("seconds", (System.nanoTime() - start) / 1e9);
            return info;
        }
    }
}
