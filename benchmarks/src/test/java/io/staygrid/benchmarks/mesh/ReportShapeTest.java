package io.staygrid.benchmarks.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportShapeTest {

    private static VariantResult variant(String name, double okPerSecond, double p50, double p99) {
        OpSummary unit = new OpSummary("booking", 100, 100, 0, 0, okPerSecond, okPerSecond, p50, p50, p99, p99,
                Map.of("201 PAID", 100L));
        return new VariantResult(name, 8, 10, "booking", Map.of("booking", unit), Map.of("postgres", 2.0),
                Map.of("postgres", 20.0), Map.of());
    }

    @Test
    void everyMeshVariantGetsItsRatiosAgainstTheRawVariantOfTheSamePhase() {
        List<VariantResult> variants = List.of(variant("mesh-rest normal", 50, 20, 80), variant("raw-sql normal", 500, 2, 10),
                variant("mesh-rest normal under storm", 25, 40, 160), variant("raw-sql normal under storm", 250, 4, 20));

        Map<String, Double> ratios = Scenarios.ratios(variants);

        assertThat(ratios).containsEntry("mesh-rest normal / raw-sql per second", 0.1)
                .containsEntry("mesh-rest normal / raw-sql p50", 10.0)
                .containsEntry("mesh-rest normal under storm / raw-sql p99", 8.0).hasSize(6);
    }

    @Test
    void theJsonHoldsTheCommandMachineAndEachScenariosFiguresAndRatios() throws Exception {
        ScenarioResult scenario = new ScenarioResult("spread-bookings", List.of(variant("mesh-rest", 50, 20, 80),
                variant("raw-sql", 500, 2, 10)), Map.of("mesh-rest / raw-sql per second", 0.1), Map.of());
        RunReport report = new RunReport("2026-12-03T10:00:00Z", List.of("--clients", "8"), BenchOptions.parse("--clients", "8"),
                "abc123", MachineInfo.now(), MachineInfo.now(), Map.of("fsync", "on"), Map.of("hotels", 200), List.of(scenario));

        JsonNode json = RunReport.JSON.readTree(RunReport.JSON.writeValueAsString(report));

        assertThat(json.path("commandLine").get(1).asText()).isEqualTo("8");
        assertThat(json.path("machineAtStart").path("cores").asInt()).isPositive();
        assertThat(json.path("machineAtEnd").path("loadAverage").isArray()).isTrue();
        assertThat(json.path("postgres").path("fsync").asText()).isEqualTo("on");
        JsonNode s = json.path("scenarios").get(0);
        assertThat(s.path("scenario").asText()).isEqualTo("spread-bookings");
        assertThat(s.path("ratios").path("mesh-rest / raw-sql per second").asDouble()).isEqualTo(0.1);
        JsonNode mesh = s.path("variants").get(0);
        assertThat(mesh.path("ops").path("booking").path("p99Millis").asDouble()).isEqualTo(80);
        assertThat(mesh.path("ops").path("booking").path("outcomes").path("201 PAID").asLong()).isEqualTo(100);
        assertThat(mesh.path("cpuSecondsPer1000Units").path("postgres").asDouble()).isEqualTo(20);
    }

    @Test
    void theProgressLineShowsShareRateAndEta() {
        assertThat(Progress.line("COPY", 250, 1000, "rows", 5)).contains("25%").contains("250/1,000 rows").contains("50/s")
                .contains("ETA 0:15");
        assertThat(Progress.line("COPY", 1000, 1000, "rows", 65)).contains("100%").contains("done in 1:05");
    }

    @Test
    void procStatFieldsAreReadAfterACommandWithSpaces() {
        String[] f = CpuMeter.parseStat("4242 (postgres: bench x) S 4000 4242 4242 0 -1 4194304 100 0 0 0 250 75 3 4 20 0 1 0");

        assertThat(f[1]).isEqualTo("4000");
        assertThat(f[11]).isEqualTo("250");
        assertThat(f[12]).isEqualTo("75");
        assertThat(f[14]).isEqualTo("4");
    }
}
