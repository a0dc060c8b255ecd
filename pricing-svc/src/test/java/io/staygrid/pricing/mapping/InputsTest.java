package io.staygrid.pricing.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.type.Money;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.money.Amount;
import org.junit.jupiter.api.Test;

class InputsTest {

    private static Money money(String currency, long units, int nanos) {
        return Money.newBuilder().setCurrencyCode(currency).setUnits(units).setNanos(nanos).build();
    }

    private static String reasonOf(Money m) {
        try {
            Inputs.rate(m, "nightly_rate");
        } catch (DomainException e) {
            assertThat(e.metadata()).containsEntry("field", "nightly_rate");
            return e.reason();
        }
        return "";
    }

    @Test
    void ratesAreExactInTheCurrencysMinorUnit() {
        assertThat(Inputs.rate(money("EUR", 129, 500_000_000), "f")).isEqualTo(Amount.ofMinor("EUR", 12950));
        assertThat(Inputs.rate(money("JPY", 12345, 0), "f")).isEqualTo(Amount.ofMinor("JPY", 12345));
        assertThat(Inputs.rate(money("BHD", 1, 1_000_000), "f")).isEqualTo(Amount.ofMinor("BHD", 1001));
    }

    @Test
    void negativeZeroAndTooLargeRatesAreInvalidMoney() {
        assertThat(reasonOf(money("EUR", -100, 0))).isEqualTo("INVALID_MONEY");
        assertThat(reasonOf(money("EUR", 0, -10_000_000))).isEqualTo("INVALID_MONEY");
        assertThat(reasonOf(money("EUR", 0, 0))).isEqualTo("INVALID_MONEY");
        assertThat(reasonOf(money("EUR", 1_000_000_000, 10_000_000))).isEqualTo("INVALID_MONEY");
        assertThat(Inputs.rate(money("EUR", 1_000_000_000, 0), "f").minorUnits()).isEqualTo(100_000_000_000L);
    }

    @Test
    void fractionsFinerThanTheMinorUnitOrOfTheWrongSignAreInvalidMoney() {
        assertThat(reasonOf(money("JPY", 100, 500_000_000))).isEqualTo("INVALID_MONEY");
        assertThat(reasonOf(money("EUR", 10, 5_000_000))).isEqualTo("INVALID_MONEY");
        assertThat(reasonOf(money("EUR", 10, -10_000_000))).isEqualTo("INVALID_MONEY");
    }

    @Test
    void unknownCurrenciesAndCurrenciesWithoutAMinorUnitAreUnknownCurrency() {
        assertThat(reasonOf(money("ZZZ", 100, 0))).isEqualTo("UNKNOWN_CURRENCY");
        assertThat(reasonOf(money("eur", 100, 0))).isEqualTo("UNKNOWN_CURRENCY");
        assertThat(reasonOf(money("", 100, 0))).isEqualTo("UNKNOWN_CURRENCY");
        assertThat(reasonOf(money("XAU", 100, 0))).isEqualTo("UNKNOWN_CURRENCY");
    }

    @Test
    void withdrawnCurrenciesTheJdkStillKnowsAreUnknownCurrency() {
        assertThat(java.util.Currency.getInstance("DEM").getDefaultFractionDigits()).isEqualTo(2);
        assertThat(reasonOf(money("DEM", 100, 0))).isEqualTo("UNKNOWN_CURRENCY");
        assertThat(reasonOf(money("FRF", 100, 0))).isEqualTo("UNKNOWN_CURRENCY");
        assertThat(reasonOf(money("HRK", 100, 0))).isEqualTo("UNKNOWN_CURRENCY");
        assertThat(Inputs.rate(money("CHF", 100, 0), "f")).isEqualTo(Amount.ofMinor("CHF", 10000));
    }

    @Test
    void malformedUuidsAreInvalidField() {
        assertThatThrownBy(() -> Inputs.uuid("not-a-uuid", "quote_id"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.reason()).isEqualTo("INVALID_FIELD");
                    assertThat(e.metadata()).containsEntry("field", "quote_id");
                });
    }
}
