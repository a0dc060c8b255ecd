package io.staygrid.benchmarks.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservabilityOverheadTest {

    private static VariantResult variant(String name, double okPerSecond, double p99) {
        OpSummary unit = new OpSummary("availability", 100, 100, 0, 0, okPerSecond, okPerSecond, 1, 1, p99, p99, Map.of());
        return new VariantResult(name, 8, 10, "availability", Map.of("availability", unit), Map.of(), Map.of(), Map.of());
    }

    private static ScenarioResult reads(double mesh, double raw) {
        return new ScenarioResult("reads", List.of(variant("mesh-rest", mesh, 20), variant("raw-sql", raw, 5)), Map.of(), Map.of());
    }

    @Test
    void eachVariantGetsItsOnOffRatioAndTheMeshOneAlsoAgainstItsRawCeilingOfThePhase() {
        ObservabilityOverhead overhead = ObservabilityOverhead.of(List.of(reads(1000, 4000)), List.of(reads(950, 3800)));

        assertThat(overhead.rows()).hasSize(2);
        ObservabilityOverhead.Row mesh = overhead.rows().get(0);
        assertThat(mesh.variant()).isEqualTo("mesh-rest");
        assertThat(mesh.perSecondOnOff()).isCloseTo(0.95, within(1e-9));
        assertThat(mesh.perSecondOnOffAgainstRaw()).isCloseTo(1.0, within(1e-9));
        assertThat(mesh.verdict()).startsWith("PASS");
        assertThat(overhead.rows().get(1).verdict()).isEqualTo("control");
    }

    @Test
    void aMeshVariantThatLosesMoreThanTenPercentFails() {
        ObservabilityOverhead overhead = ObservabilityOverhead.of(List.of(reads(1000, 4000)), List.of(reads(880, 4000)));

        assertThat(overhead.rows().get(0).verdict()).startsWith("FAIL");
    }
}
