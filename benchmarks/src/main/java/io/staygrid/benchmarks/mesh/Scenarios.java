package io.staygrid.benchmarks.mesh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four scenarios. Each runs the mesh through every requested way in (REST via the edge, gRPC straight to
 * the services), then its raw-SQL ceiling with the same client count on the same databases, and computes the
 * mesh/raw ratios from that same run.
 */
final class Scenarios {

    private final BenchRun run;
    private final BenchOptions o;

    Scenarios(BenchRun run) {
        this.run = run;
        this.o = run.options;
    }

    ScenarioResult run(String scenario) throws Exception {
        return switch (scenario) {
            case "reads" -> timed(scenario, GuestClient.Mix.READS, "availability");
            case "spread-bookings" -> timed(scenario, GuestClient.Mix.BOOKINGS, "booking");
            case "hot-storm" -> hotStorm();
            case "normal-under-storm" -> normalUnderStorm();
            default -> throw new IllegalArgumentException(scenario);
        };
    }

    /** reads and spread-bookings: C clients flat out for a fixed window; JFR of the services with --jfr. */
    private ScenarioResult timed(String scenario, GuestClient.Mix mix, String unit) throws Exception {
        List<VariantResult> variants = new ArrayList<>();
        Map<String, Object> checks = new LinkedHashMap<>();
        LoadRunner.Plan plan = LoadRunner.Plan.timed(o.warmup(), o.seconds());
        for (String via : o.vias()) {
            VariantResult mesh = run.measure("mesh-" + via, o.clients(), run.clients(via, mix, run.guests, null), plan, unit,
                    scenario + "-" + via);
            variants.add(mesh);
            if (mix == GuestClient.Mix.BOOKINGS) {
                checks.put(mesh.variant(), SagaCheck.of(run, mesh));
            }
        }
        if (o.raw()) {
            variants.add(run.measure("raw-sql", o.clients(), run.clients("raw", mix, run.guests, null), plan, unit, null));
        }
        return new ScenarioResult(scenario, variants, ratios(variants), checks);
    }

    /** The flash sale: a fixed number of attempts at one fresh stay of the storm room type, all measured. */
    private ScenarioResult hotStorm() throws Exception {
        List<VariantResult> variants = new ArrayList<>();
        Map<String, Object> checks = new LinkedHashMap<>();
        for (String via : o.vias()) {
            warmUp(via);
            Chain.Stay stay = run.nextStormStay();
            VariantResult storm = run.measure("mesh-" + via, o.stormClients(), run.clients(via, GuestClient.Mix.STORM,
                    run.stormGuests, stay), LoadRunner.Plan.counted(o.stormAttempts()), "attempt", null);
            variants.add(storm);
            checks.put("mesh-" + via, StormCheck.of(run, stay, storm, true));
        }
        if (o.raw()) {
            Chain.Stay stay = run.nextStormStay();
            VariantResult storm = run.measure("raw-sql", o.stormClients(), run.clients("raw", GuestClient.Mix.STORM,
                    run.stormGuests, stay), LoadRunner.Plan.counted(o.stormAttempts()), "attempt", null);
            variants.add(storm);
            checks.put("raw-sql", StormCheck.of(run, stay, storm, false));
        }
        return new ScenarioResult("hot-storm", variants, ratios(variants), checks);
    }

    /**
     * The normal traffic (reads and bookings of the other hotels) alone for a fixed window, then again while a
     * flash sale runs (the window lasts as long as the storm); p99 under the storm against p99 without it.
     */
    private ScenarioResult normalUnderStorm() throws Exception {
        List<VariantResult> variants = new ArrayList<>();
        Map<String, Object> checks = new LinkedHashMap<>();
        List<String> ways = new ArrayList<>(o.vias().stream().map(v -> "mesh-" + v).toList());
        if (o.raw()) {
            ways.add("raw-sql");
        }
        for (String way : ways) {
            String via = way.equals("raw-sql") ? "raw" : way.substring("mesh-".length());
            VariantResult alone = run.measure(way + " normal", o.clients(), run.clients(via, GuestClient.Mix.NORMAL,
                    run.guests, null), LoadRunner.Plan.timed(o.warmup(), o.seconds()), "normal", null);
            Chain.Stay stay = run.nextStormStay();
            VariantResult[] storm = new VariantResult[1];
            VariantResult under = run.measure(way + " normal under storm", o.clients(), run.clients(via,
                    GuestClient.Mix.NORMAL, run.guests, null), LoadRunner.Plan.during(o.warmup(), () -> {
                        LoadRunner.Measurement m = LoadRunner.run(o.stormClients(), run.clients(via, GuestClient.Mix.STORM,
                                run.stormGuests, stay), LoadRunner.Plan.counted(o.stormAttempts()), NO_WINDOW);
                        storm[0] = BenchRun.result(way + " storm", o.stormClients(), m, "attempt", Map.of(), Map.of());
                        return m;
                    }), "normal", null);
            variants.add(alone);
            variants.add(under);
            variants.add(storm[0]);
            checks.put(way, normalChecks(alone, under, StormCheck.of(run, stay, storm[0], !way.equals("raw-sql"))));
        }
        return new ScenarioResult("normal-under-storm", variants, ratios(variants), checks);
    }

    /** Issue 11: under the storm the normal traffic keeps p99 within 2x of its p99 alone, with no error. */
    private static Map<String, Object> normalChecks(VariantResult alone, VariantResult under, Map<String, Object> storm) {
        Map<String, Object> checks = new LinkedHashMap<>();
        boolean pass = under.unitSummary().errors() == 0;
        for (String op : List.of("availability", "booking")) {
            OpSummary a = alone.ops().get(op);
            OpSummary u = under.ops().get(op);
            if (a != null && u != null) {
                double ratio = ScenarioResult.ratio(u.p99Millis(), a.p99Millis());
                checks.put(op + " p99 under/alone", ratio);
                pass &= ratio <= 2.0;
            }
        }
        checks.put("errors under storm", under.unitSummary().errors());
        checks.put("storm", storm);
        checks.put("verdict", pass ? "PASS" : "FAIL");
        return checks;
    }

    /** Booking traffic for the warm-up time before a storm, so the services are JIT-compiled; not measured. */
    private void warmUp(String via) throws Exception {
        if (o.warmup() > 0) {
            LoadRunner.run(o.clients(), run.clients(via, GuestClient.Mix.BOOKINGS, run.guests, null),
                    LoadRunner.Plan.timed(o.warmup(), 0), NO_WINDOW);
        }
    }

    /**
     * Each mesh variant against the raw-SQL one of the same scenario and phase: units per second (successes,
     * or every answered attempt for a storm), p50 and p99.
     */
    static Map<String, Double> ratios(List<VariantResult> variants) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (VariantResult mesh : variants) {
            if (!mesh.variant().startsWith("mesh-")) {
                continue;
            }
            String phase = mesh.variant().contains(" ") ? mesh.variant().substring(mesh.variant().indexOf(' ')) : "";
            variants.stream().filter(v -> v.variant().equals("raw-sql" + phase)).findFirst().ifPresent(raw -> {
                boolean allAnswers = mesh.unit().equals("attempt");
                OpSummary m = mesh.unitSummary();
                OpSummary r = raw.unitSummary();
                String name = mesh.variant() + " / raw-sql";
                ratios.put(name + " per second", ScenarioResult.ratio(allAnswers ? m.perSecond() : m.okPerSecond(),
                        allAnswers ? r.perSecond() : r.okPerSecond()));
                ratios.put(name + " p50", ScenarioResult.ratio(m.p50Millis(), r.p50Millis()));
                ratios.put(name + " p99", ScenarioResult.ratio(m.p99Millis(), r.p99Millis()));
            });
        }
        return ratios;
    }

    private static final LoadRunner.Window NO_WINDOW = new LoadRunner.Window() {
        @Override
        public void opened() {
        }

        @Override
        public void closed() {
        }
    };
}
