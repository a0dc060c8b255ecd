package io.staygrid.benchmarks.mesh;

import java.util.LinkedHashMap;
import java.util.Map;

/** One client thread's record of the requests that started and ended inside the measured window. */
final class Recorder {

    /** The measured window shared by all threads: closed until opened, then a fixed or open-ended span. */
    static final class Clock {
        private volatile long start = Long.MAX_VALUE;
        private volatile long end = Long.MAX_VALUE;
        private volatile boolean stopped;

        /** Opens the window at {@code now} for {@code nanos}, or until {@link #close} when negative. */
        void open(long now, long nanos) {
            end = nanos < 0 ? Long.MAX_VALUE : now + nanos;
            start = now;
        }

        long end() {
            return end;
        }

        void close(long nanoTime) {
            end = nanoTime;
        }

        void stop() {
            stopped = true;
        }

        boolean stopped() {
            return stopped;
        }

        double seconds() {
            return start == Long.MAX_VALUE ? 0 : (end - start) / 1e9;
        }

        boolean contains(long t0, long t1) {
            return t0 >= start && t1 <= end;
        }
    }

    private final Clock clock;
    private final Map<String, OpStats> ops = new LinkedHashMap<>();
    private String firstFailure;

    Recorder(Clock clock) {
        this.clock = clock;
    }

    /** Records one request named {@code op} sent at {@code t0} and answered at {@code t1} (System.nanoTime). */
    void record(String op, long t0, long t1, Outcome outcome) {
        if (clock.contains(t0, t1)) {
            ops.computeIfAbsent(op, k -> new OpStats()).record(t1 - t0, outcome);
        }
    }

    void firstFailure(Throwable e) {
        if (firstFailure == null) {
            firstFailure = e.toString();
        }
    }

    String firstFailure() {
        return firstFailure;
    }

    Map<String, OpStats> ops() {
        return ops;
    }
}
