package io.staygrid.benchmarks.mesh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a recording's CPU samples (jdk.ExecutionSample) say: the methods most often on top of the stack, the
 * same grouped by package (its first two parts: io.netty, org.postgresql, com.arjuna ...), and the StayGrid
 * methods (io.staygrid.*) most often found anywhere on the stack, each as a share of all samples; and the time
 * spent in GC pauses and JIT compilations, which samples of Java code do not show.
 */
record JfrSummary(String file, long samples, double gcPauseMillis, double jitCompileMillis, Map<String, Double> topFrames,
        Map<String, Double> topPackages, Map<String, Double> topStayGridFrames) {

    private static final int TOP = 8;

    static JfrSummary of(Path file) throws IOException {
        Map<String, Long> top = new HashMap<>();
        Map<String, Long> packages = new HashMap<>();
        Map<String, Long> ours = new HashMap<>();
        long samples = 0;
        double gcNanos = 0;
        double jitNanos = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                var event = recording.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    gcNanos += event.getDuration().toNanos();
                } else if (type.equals("jdk.Compilation")) {
                    jitNanos += event.getDuration().toNanos();
                }
                if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                samples++;
                RecordedStackTrace stack = event.getStackTrace();
                List<RecordedFrame> frames = stack.getFrames();
                if (!frames.isEmpty()) {
                    top.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
                    packages.merge(packagePrefix(frames.get(0).getMethod()), 1L, Long::sum);
                }
                frames.stream().map(f -> name(f.getMethod())).filter(n -> n.startsWith("io.staygrid.")).distinct()
                        .forEach(n -> ours.merge(n, 1L, Long::sum));
            }
        }
        return new JfrSummary(file.getFileName().toString(), samples, gcNanos / 1e6, jitNanos / 1e6, shares(top, samples),
                shares(packages, samples), shares(ours, samples));
    }

    static String name(RecordedMethod m) {
        return m == null ? "?" : m.getType().getName() + "." + m.getName();
    }

    /** The first two parts of the method's package, e.g. io.netty for io.netty.buffer.PoolArena. */
    static String packagePrefix(RecordedMethod m) {
        if (m == null) {
            return "?";
        }
        String[] parts = m.getType().getName().split("\\.");
        return parts.length < 3 ? m.getType().getName() : parts[0] + "." + parts[1];
    }

    /** The {@value #TOP} largest counts as shares of {@code total}, largest first. */
    static Map<String, Double> shares(Map<String, Long> counts, long total) {
        Map<String, Double> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .forEach(e -> out.put(e.getKey(), total == 0 ? 0 : (double) e.getValue() / total));
        return out;
    }
}
