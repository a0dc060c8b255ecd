package io.staygrid.benchmarks.mesh;

import java.util.List;
import java.util.Map;

/**
 * A scenario's variants from the same run, the mesh/raw ratios computed from them (a figure without its
 * ratio is not recorded), and the scenario's own checks (e.g. the flash sale's exactly-the-sell-limit).
 */
record ScenarioResult(String scenario, List<VariantResult> variants, Map<String, Double> ratios,
        Map<String, Object> checks) {

    /** {@code mesh / raw}, or NaN when the raw figure is zero or missing. */
    static double ratio(double mesh, double raw) {
        return raw > 0 ? mesh / raw : Double.NaN;
    }
}
