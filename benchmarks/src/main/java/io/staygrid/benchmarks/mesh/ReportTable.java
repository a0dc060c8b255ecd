package io.staygrid.benchmarks.mesh;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The human-readable table of a scenario: units per second and latency per variant, ratios, answers, CPU. */
final class ReportTable {

    static final List<String> PROCESSES = List.of("hotel-svc", "inventory-svc", "pricing-svc", "reservation-svc", "edge-rest",
            "postgres", "bench-client");

    private ReportTable() {
    }

    static void print(PrintStream out, ScenarioResult s) {
        out.println();
        out.println("== " + s.scenario());
        out.printf("%-36s %7s %8s %9s %9s %8s %8s %8s %9s %8s %8s %7s%n", "variant (unit)", "clients", "seconds", "units/s",
                "ok/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "ok", "refused", "errors");
        for (VariantResult v : s.variants()) {
            OpSummary u = v.unitSummary();
            out.printf("%-36s %7d %8.1f %9.1f %9.1f %8.1f %8.1f %8.1f %9.1f %8d %8d %7d%n", v.variant() + " (" + v.unit() + ")",
                    v.clients(), v.seconds(), u.perSecond(), u.okPerSecond(), u.p50Millis(), u.p95Millis(), u.p99Millis(),
                    u.maxMillis(), u.ok(), u.refused(), u.errors());
        }
        s.ratios().forEach((name, value) -> out.printf("  ratio %-52s %8.3f%n", name, value));
        out.println("  answers:");
        for (VariantResult v : s.variants()) {
            v.ops().forEach((op, summary) -> out.printf("    %-34s %-13s %s%n", v.variant(), op, summary.outcomes()));
        }
        out.printf("  CPU seconds per 1,000 units: %-24s", "");
        PROCESSES.forEach(p -> out.printf(" %9s", shortName(p)));
        out.println();
        for (VariantResult v : s.variants()) {
            if (v.cpuSeconds().isEmpty()) {
                continue;
            }
            out.printf("    %-52s", v.variant());
            PROCESSES.forEach(p -> out.printf(" %9.3f", v.cpuSecondsPer1000Units().getOrDefault(p, Double.NaN)));
            out.println();
        }
        s.checks().forEach((name, value) -> out.println("  check " + name + ": " + value));
        for (VariantResult v : s.variants()) {
            v.jfr().forEach((service, jfr) -> {
                out.printf("  JFR %s %s: %,d samples of Java code, GC pauses %.0f ms, JIT compiles over 100 ms %.0f ms; top packages %s%n",
                        v.variant(), service, jfr.samples(), jfr.gcPauseMillis(), jfr.jitCompileMillis(),
                        percents(jfr.topPackages(), 5));
                jfr.topFrames().entrySet().stream().limit(5)
                        .forEach(e -> out.printf("      %5.1f%%  top frame: %s%n", e.getValue() * 100, e.getKey()));
                jfr.topStayGridFrames().entrySet().stream().limit(3)
                        .forEach(e -> out.printf("      %5.1f%%  on stack:  %s%n", e.getValue() * 100, e.getKey()));
            });
        }
    }

    private static String percents(Map<String, Double> shares, int limit) {
        StringBuilder b = new StringBuilder();
        shares.entrySet().stream().limit(limit).forEach(e -> b.append(b.length() == 0 ? "" : ", ")
                .append(e.getKey()).append(' ').append(String.format("%.0f%%", e.getValue() * 100)));
        return b.toString();
    }

    private static String shortName(String process) {
        return process.replace("-svc", "").replace("edge-rest", "edge").replace("bench-client", "client");
    }

    /** A one-line summary of the checks' verdicts, for the end of the run. */
    static String verdicts(Map<String, Object> checks) {
        StringBuilder b = new StringBuilder();
        checks.forEach((name, value) -> {
            if (value instanceof Map<?, ?> m && m.containsKey("verdict")) {
                b.append(b.length() == 0 ? "" : ", ").append(name).append(' ').append(m.get("verdict"));
            }
        });
        return b.toString();
    }
}
