package io.staygrid.benchmarks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hold contention benchmark (a command, not a test). On one embedded PostgreSQL with default durability it
 * runs, in the same run and interleaved point by point: the bare SQL hold transaction, inventory-svc's own
 * hold code on plain JDBC, and HoldRooms over gRPC against a real inventory-svc process; on one hot room
 * type and spread over 1,000 hotels x 5 room types; at 1, 4, 16 and 64 clients. Prints holds/s, p50, p99.
 * System properties: bench.seconds (measured window per point, default 5), bench.warmup (default 1),
 * bench.clients (default 1,4,16,64), bench.serviceWarmup (seconds of gRPC holds before measuring, default 15),
 * bench.inventoryJar (quarkus-run.jar; gRPC is skipped without it), bench.dir (where the service log goes),
 * bench.serviceJvmArgs (extra JVM options for the service, e.g. a JFR recording).
 */
public final class HoldContentionBenchmark {

    private HoldContentionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long measureMillis = Long.getLong("bench.seconds", 5) * 1000;
        long warmupMillis = Long.getLong("bench.warmup", 1) * 1000;
        int[] clientCounts = java.util.Arrays.stream(System.getProperty("bench.clients", "1,4,16,64").split(","))
                .mapToInt(Integer::parseInt).toArray();
        String jar = System.getProperty("bench.inventoryJar");
        System.out.printf("cores=%d java=%s%n", Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        try (BenchDatabase db = BenchDatabase.start()) {
            InventoryProcess service = null;
            try {
                if (InventoryProcess.exists(jar)) {
                    Path log = Path.of(System.getProperty("bench.dir", "."), "inventory-svc-bench.log");
                    service = InventoryProcess.start(Path.of(jar), db.url(), log);
                    System.out.println("inventory-svc started from " + jar + " (Flyway created the schema; log " + log + ")");
                } else {
                    db.createSchema();
                    System.out.println("no inventory-svc jar at " + jar + ": gRPC variant skipped");
                }
                db.loadData();
                Map<String, LoadRun.ClientFactory> variants = new LinkedHashMap<>();
                variants.put("raw-sql", () -> new RawSqlClient(db));
                if (service != null) {
                    InventoryProcess running = service;
                    variants.put("grpc", () -> new GrpcClient(running.channel(), false));
                    variants.put("grpc-ping", () -> new GrpcClient(running.channel(), true));
                    // A freshly started JVM runs interpreted code: let the JIT compile the hold path first.
                    LoadRun.run(Workload.SPREAD, 8, () -> new GrpcClient(running.channel(), false), 0,
                            Long.getLong("bench.serviceWarmup", 15) * 1000);
                }
                System.out.println(String.format("%-7s %7s %-13s %10s %9s %9s %8s", "data", "clients", "variant",
                        "calls/s", "p50 ms", "p99 ms", "failed"));
                for (Workload workload : Workload.values()) {
                    for (int clients : clientCounts) {
                        for (Map.Entry<String, LoadRun.ClientFactory> v : variants.entrySet()) {
                            LoadRun.Result r = LoadRun.run(workload, clients, v.getValue(), warmupMillis, measureMillis);
                            String row = String.format("%-7s %7d %-13s %10.0f %9.2f %9.2f %8d", workload.name().toLowerCase(),
                                    clients, v.getKey(), r.holdsPerSecond(), r.p50Millis(), r.p99Millis(), r.failures());
                            System.out.println(row + (r.firstFailure() == null ? "" : "  first failure: " + r.firstFailure()));
                        }
                    }
                }
            } finally {
                if (service != null) {
                    service.close();
                }
            }
        }
    }
}
