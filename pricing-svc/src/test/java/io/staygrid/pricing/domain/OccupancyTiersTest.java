package io.staygrid.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OccupancyTiersTest {

    private static final LocalDate DAY = LocalDate.of(2027, 4, 28);

    @ParameterizedTest(name = "{1} of {0} reserved -> {2} bp -> x{3}")
    @CsvSource({
            "20, 0, 0, 10000",
            "20, 9, 4500, 10000",
            "10000, 4999, 4999, 10000",
            "20, 10, 5000, 11000",       // exactly 50.00%
            "10000, 6999, 6999, 11000",
            "20, 14, 7000, 12500",       // exactly 70%
            "10000, 8499, 8499, 12500",
            "20, 17, 8500, 15000",       // exactly 85%
            "20, 19, 9500, 15000",
            "20, 20, 10000, 15000",      // exactly full is not overbooked
            "20, 21, 10500, 17500",      // overbooked
            "20000, 20001, 10001, 17500", // floor gives 10000 but one room over is overbooked
            "0, 0, 0, 10000",            // no inventory, nothing reserved
            "0, 1, 10001, 17500",        // no inventory, something reserved
            "3, 1, 3333, 10000",         // floor, not rounded
            "3, 2, 6666, 11000"})
    void defaultTierEdges(int inventory, int reserved, int expectedBp, int expectedMultiplier) {
        int bp = new DailyOccupancy(DAY, inventory, reserved).basisPoints();
        assertThat(bp).isEqualTo(expectedBp);
        assertThat(PricingRule.defaults(1).multiplierFor(bp)).isEqualTo(expectedMultiplier);
    }

    @Test
    void aHotelsOwnTiersUseTheGreatestLowerBoundAtMostTheOccupancy() {
        PricingRule rule = new PricingRule(7, List.of(new OccupancyTier(0, 9_000), new OccupancyTier(3_000, 10_000),
                new OccupancyTier(9_000, 20_000)), false, null);
        assertThat(rule.multiplierFor(0)).isEqualTo(9_000);
        assertThat(rule.multiplierFor(2_999)).isEqualTo(9_000);
        assertThat(rule.multiplierFor(3_000)).isEqualTo(10_000);
        assertThat(rule.multiplierFor(8_999)).isEqualTo(10_000);
        assertThat(rule.multiplierFor(9_000)).isEqualTo(20_000);
        assertThat(rule.multiplierFor(50_000)).isEqualTo(20_000);
    }
}
