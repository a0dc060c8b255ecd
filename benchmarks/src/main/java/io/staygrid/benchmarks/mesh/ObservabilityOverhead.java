package io.staygrid.benchmarks.mesh;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issue 14's overhead figure: every variant measured with observability off and on in the same run, on/off of its
 * units per second (successes; every answer for a storm), p50 and p99, and for a mesh variant the same against
 * its raw-SQL ceiling of the same phase (which observability does not touch: it shows how much the machine
 * itself drifted between the phases). Issue 14 allows a mesh variant to lose at most 10% with observability on.
 */
record ObservabilityOverhead(List<Row> rows) {

    static final double ALLOWED_LOSS = 0.10;

    /** One variant of one scenario in both phases. */
    record Row(String scenario, String variant, double offPerSecond, double onPerSecond, double perSecondOnOff,
               double p50OffMillis, double p50OnMillis, double p99OffMillis, double p99OnMillis,
               double perSecondOnOffAgainstRaw, String verdict) {
    }

    static ObservabilityOverhead of(List<ScenarioResult> off, List<ScenarioResult> on) {
        List<Row> rows = new ArrayList<>();
        for (ScenarioResult offScenario : off) {
            Optional<ScenarioResult> onScenario = on.stream().filter(s -> s.scenario().equals(offScenario.scenario())).findFirst();
            if (onScenario.isEmpty()) {
                continue;
            }
            for (VariantResult offVariant : offScenario.variants()) {
                variant(onScenario.get(), offVariant.variant()).ifPresent(onVariant ->
                        rows.add(row(offScenario, onScenario.get(), offVariant, onVariant)));
            }
        }
        return new ObservabilityOverhead(rows);
    }

    private static Row row(ScenarioResult offScenario, ScenarioResult onScenario, VariantResult off, VariantResult on) {
        double offRate = rate(off);
        double onRate = rate(on);
        double ratio = ScenarioResult.ratio(onRate, offRate);
        boolean mesh = off.variant().startsWith("mesh-");
        String phase = off.variant().contains(" ") ? off.variant().substring(off.variant().indexOf(' ')) : "";
        double againstRaw = Double.NaN;
        Optional<VariantResult> rawOff = variant(offScenario, "raw-sql" + phase);
        Optional<VariantResult> rawOn = variant(onScenario, "raw-sql" + phase);
        if (mesh && rawOff.isPresent() && rawOn.isPresent()) {
            againstRaw = ScenarioResult.ratio(ScenarioResult.ratio(onRate, rate(rawOn.get())),
                    ScenarioResult.ratio(offRate, rate(rawOff.get())));
        }
        String verdict = !mesh ? "control" : ratio >= 1 - ALLOWED_LOSS ? "PASS (loses at most 10%)" : "FAIL (loses more than 10%)";
        return new Row(offScenario.scenario(), off.variant(), offRate, onRate, ratio, off.unitSummary().p50Millis(),
                on.unitSummary().p50Millis(), off.unitSummary().p99Millis(), on.unitSummary().p99Millis(), againstRaw, verdict);
    }

    private static Optional<VariantResult> variant(ScenarioResult scenario, String name) {
        return scenario.variants().stream().filter(v -> v.variant().equals(name)).findFirst();
    }

    /** Units per second as the ratios count them: successes, or every answer for a flash-sale attempt. */
    private static double rate(VariantResult v) {
        return v.unit().equals("attempt") ? v.unitSummary().perSecond() : v.unitSummary().okPerSecond();
    }

    void print(PrintStream out) {
        out.println();
        out.println("== observability overhead: on / off in the same run (issue 14: a mesh variant loses at most 10%)");
        out.printf("%-20s %-30s %9s %9s %7s %8s %8s %8s %8s %9s  %s%n", "scenario", "variant", "off /s", "on /s", "on/off",
                "p50 off", "p50 on", "p99 off", "p99 on", "vs raw", "verdict");
        for (Row r : rows) {
            out.printf("%-20s %-30s %9.1f %9.1f %7.3f %8.1f %8.1f %8.1f %8.1f %9.3f  %s%n", r.scenario(), r.variant(),
                    r.offPerSecond(), r.onPerSecond(), r.perSecondOnOff(), r.p50OffMillis(), r.p50OnMillis(), r.p99OffMillis(),
                    r.p99OnMillis(), r.perSecondOnOffAgainstRaw(), r.verdict());
        }
        out.println("  vs raw: (mesh on / raw-sql on) / (mesh off / raw-sql off), the on/off ratio corrected for the"
                + " machine's drift between the phases");
    }
}
