package io.staygrid.benchmarks.mesh;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** Latencies (HdrHistogram, microseconds, up to 5 minutes) and outcomes of one kind of request; one per thread, then merged. */
final class OpStats {

    private final Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final long[] kinds = new long[Outcome.Kind.values().length];

    void record(long latencyNanos, Outcome outcome) {
        histogram.recordValue(Math.min(histogram.getHighestTrackableValue(), Math.max(0, latencyNanos / 1000)));
        outcomes.merge(outcome.key(), 1L, Long::sum);
        kinds[outcome.kind().ordinal()]++;
    }

    void add(OpStats other) {
        histogram.add(other.histogram);
        other.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] += other.kinds[i];
        }
    }

    /** Figures over a window of {@code seconds}. */
    OpSummary summary(String op, double seconds) {
        long count = histogram.getTotalCount();
        return new OpSummary(op, count, kinds[0], kinds[1], kinds[2], seconds > 0 ? count / seconds : 0,
                seconds > 0 ? kinds[0] / seconds : 0, millis(50), millis(95), millis(99),
                count == 0 ? 0 : histogram.getMaxValue() / 1000.0, new TreeMap<>(outcomes));
    }

    private double millis(double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
