package io.staygrid.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.staygrid.support.money.Amount;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceMathTest {

    @Test
    void halfACentRoundsUpAwayFromZero() {
        assertThat(PriceMath.applyMultiplier(Amount.ofMinor("EUR", 1002), 12_500)).isEqualTo(Amount.ofMinor("EUR", 1253));
    }

    @Test
    void lessThanHalfACentRoundsDownAndMoreRoundsUp() {
        assertThat(PriceMath.applyMultiplier(Amount.ofMinor("EUR", 9999), 12_500)).isEqualTo(Amount.ofMinor("EUR", 12499));
        assertThat(PriceMath.applyMultiplier(Amount.ofMinor("EUR", 1001), 12_500)).isEqualTo(Amount.ofMinor("EUR", 1251));
        assertThat(PriceMath.applyMultiplier(Amount.ofMinor("EUR", 1003), 11_000)).isEqualTo(Amount.ofMinor("EUR", 1103));
    }

    @Test
    void yenHasNoMinorUnitSoHalfAYenRoundsToTheNextYen() {
        assertThat(PriceMath.applyMultiplier(Amount.ofMinor("JPY", 12345), 11_000)).isEqualTo(Amount.ofMinor("JPY", 13580));
        assertThat(PriceMath.applyMultiplier(Amount.ofMinor("JPY", 12344), 11_000)).isEqualTo(Amount.ofMinor("JPY", 13578));
    }

    @Test
    void threeDigitCurrenciesRoundToTheFils() {
        // BHD 1.001 x 1.25 = 1.25125 -> 1.251; BHD 1.002 x 1.25 = 1.2525 -> 1.253
        assertThat(PriceMath.applyMultiplier(Amount.ofMinor("BHD", 1001), 12_500)).isEqualTo(Amount.ofMinor("BHD", 1251));
        assertThat(PriceMath.applyMultiplier(Amount.ofMinor("BHD", 1002), 12_500)).isEqualTo(Amount.ofMinor("BHD", 1253));
    }

    @Test
    void aMultiplierOfOneKeepsTheRateAndDiscountsAreExactToo() {
        assertThat(PriceMath.applyMultiplier(Amount.ofMinor("USD", 12345), 10_000)).isEqualTo(Amount.ofMinor("USD", 12345));
        assertThat(PriceMath.applyMultiplier(Amount.ofMinor("USD", 999), 1_000)).isEqualTo(Amount.ofMinor("USD", 100));
    }

    @Test
    void theLargestRateTimesTheLargestMultiplierStaysExact() {
        long billionDinars = 1_000_000_000L * 1000;
        assertThat(PriceMath.applyMultiplier(Amount.ofMinor("BHD", billionDinars), 100_000).minorUnits())
                .isEqualTo(billionDinars * 10);
    }

    @Test
    void totalSumsRoundedNightsTimesRoomsWithoutRoundingAgain() {
        List<Amount> nights = List.of(Amount.ofMinor("EUR", 1253), Amount.ofMinor("EUR", 12499), Amount.ofMinor("EUR", 10000));
        assertThat(PriceMath.total(nights, 3)).isEqualTo(Amount.ofMinor("EUR", (1253 + 12499 + 10000) * 3));
    }

    @Test
    void totalRefusesMixedCurrencies() {
        assertThatThrownBy(() -> PriceMath.total(List.of(Amount.ofMinor("EUR", 1), Amount.ofMinor("USD", 1)), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
