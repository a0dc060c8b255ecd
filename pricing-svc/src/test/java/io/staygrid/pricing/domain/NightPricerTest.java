package io.staygrid.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.staygrid.support.money.Amount;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NightPricerTest {

    private static final LocalDate D = LocalDate.of(2027, 4, 28);

    @Test
    void eachNightIsItsOwnBaseRateTimesItsOwnOccupancyMultiplier() {
        DateRange stay = new DateRange(D, D.plusDays(3));
        RateOverride event = new RateOverride(UUID.randomUUID(), 1, 0, "event", new DateRange(D.plusDays(2), D.plusDays(3)),
                Set.of(), Amount.ofMinor("EUR", 20_000), java.time.Instant.EPOCH);
        List<PricedNight> nights = NightPricer.price(stay, 9, Amount.ofMinor("EUR", 1002), List.of(event),
                PricingRule.defaults(1), List.of(new DailyOccupancy(D, 10, 0), new DailyOccupancy(D.plusDays(1), 10, 7),
                        new DailyOccupancy(D.plusDays(2), 10, 11)));

        assertThat(nights).extracting(PricedNight::price).containsExactly(
                Amount.ofMinor("EUR", 1002), Amount.ofMinor("EUR", 1253), Amount.ofMinor("EUR", 35_000));
        assertThat(nights).extracting(PricedNight::multiplierBasisPoints).containsExactly(10_000, 12_500, 17_500);
        assertThat(nights).extracting(PricedNight::overrideId)
                .containsExactly(Optional.empty(), Optional.empty(), Optional.of(event.id()));
    }

    @Test
    void occupancyForOtherNightsThanTheRangeIsRefused() {
        DateRange stay = new DateRange(D, D.plusDays(2));
        assertThatThrownBy(() -> NightPricer.price(stay, 9, Amount.ofMinor("EUR", 100), List.of(), PricingRule.defaults(1),
                List.of(new DailyOccupancy(D, 10, 0)))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> NightPricer.price(stay, 9, Amount.ofMinor("EUR", 100), List.of(), PricingRule.defaults(1),
                List.of(new DailyOccupancy(D, 10, 0), new DailyOccupancy(D.plusDays(5), 10, 0))))
                .isInstanceOf(IllegalStateException.class);
    }
}
