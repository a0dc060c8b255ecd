package io.staygrid.benchmarks.mesh;

import java.util.Map;

/**
 * One kind of request over a measured window: how many, how many succeeded, were refused or failed, per
 * second, latency percentiles in milliseconds (as the client saw them) and the answers by key.
 */
record OpSummary(String op, long count, long ok, long refused, long errors, double perSecond, double okPerSecond,
        double p50Millis, double p95Millis, double p99Millis, double maxMillis, Map<String, Long> outcomes) {
}
