package io.staygrid.benchmarks.mesh;

import java.util.Map;

/**
 * One variant of a scenario (the mesh through REST or gRPC, or the raw-SQL ceiling) over its measured window:
 * every kind of request, which one is the unit (a read, a booking, a flash-sale attempt), the CPU seconds each
 * process used in the window and per 1,000 units, and the JFR top frames when recorded.
 */
record VariantResult(String variant, int clients, double seconds, String unit, Map<String, OpSummary> ops,
        Map<String, Double> cpuSeconds, Map<String, Double> cpuSecondsPer1000Units, Map<String, JfrSummary> jfr) {

    OpSummary unitSummary() {
        OpSummary s = ops.get(unit);
        return s != null ? s : new OpSummary(unit, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of());
    }
}
