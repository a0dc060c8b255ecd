package io.staygrid.benchmarks.mesh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every answer of the soak's traffic, counted by request kind and key (HTTP status + problem reason or
 * reservation status, {@code grpc <code> <reason>}, {@code EXC ...}), and every answer that is a server-side
 * failure or an unavailability (REST 5xx, a gRPC code other than a refusal, a client exception) kept with its
 * send and answer times, to be judged against the fault windows afterwards.
 */
final class SoakLog {

    /** One answer worth judging: sent at {@code sent}, answered at {@code answered} (seconds since the start). */
    record Incident(String op, String key, double sent, double answered) {
    }

    private final long startNanos;
    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();
    private final List<Incident> incidents = new ArrayList<>();

    SoakLog(long startNanos) {
        this.startNanos = startNanos;
    }

    /** Seconds since the soak started. */
    double now() {
        return seconds(System.nanoTime());
    }

    double seconds(long nanoTime) {
        return (nanoTime - startNanos) / 1e9;
    }

    void record(String op, long t0, long t1, Outcome outcome) {
        counts.computeIfAbsent(op, k -> new ConcurrentHashMap<>()).computeIfAbsent(outcome.key(), k -> new LongAdder())
                .increment();
        if (worthJudging(outcome.key())) {
            synchronized (incidents) {
                incidents.add(new Incident(op, outcome.key(), seconds(t0), seconds(t1)));
            }
        }
    }

    /** REST 5xx, client exceptions, and gRPC codes that are no refusal (UNAVAILABLE, INTERNAL, ...). */
    static boolean worthJudging(String key) {
        return key.matches("5\\d\\d .*") || key.startsWith("EXC ") || key.startsWith("grpc ")
                && !key.matches("grpc (OK|FAILED_PRECONDITION|ALREADY_EXISTS|ABORTED|RESOURCE_EXHAUSTED|NOT_FOUND)( .*)?");
    }

    /** An answer that is acceptable only while a back end or PostgreSQL is away (or within the grace after). */
    static boolean acceptableDuringFault(String key) {
        return key.matches("503 .*\\(Retry-After\\)") || key.matches("grpc (UNAVAILABLE|DEADLINE_EXCEEDED|CANCELLED)( .*)?");
    }

    /** op -> key -> count, sorted. */
    Map<String, Map<String, Long>> counts() {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        counts.forEach((op, keys) -> {
            Map<String, Long> m = new TreeMap<>();
            keys.forEach((k, v) -> m.put(k, v.sum()));
            out.put(op, m);
        });
        return out;
    }

    List<Incident> incidents() {
        synchronized (incidents) {
            return List.copyOf(incidents);
        }
    }

    long total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(LongAdder::sum).sum();
    }
}
