package io.staygrid.pricing.service;

import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheResult;
import io.staygrid.pricing.domain.HotelRates;
import io.staygrid.pricing.domain.PricingRule;
import io.staygrid.pricing.repository.BaseRateRepository;
import io.staygrid.pricing.repository.PricingRuleRepository;
import io.staygrid.pricing.repository.RateOverrideRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The rates of a hotel for its price calendar, cached (cache "hotel-rates"): read by every availability page,
 * changed by staff now and then. This instance forgets a hotel's entry as soon as one of its own changes
 * commits; another instance's change shows within the cache's expiry (see application.properties). Quotes
 * never use it: they read the database, since a quote locks its price.
 */
@ApplicationScoped
public class RateSnapshots {

    private final BaseRateRepository baseRates;
    private final RateOverrideRepository overrides;
    private final PricingRuleRepository rules;
    private final Clock clock;

    public RateSnapshots(BaseRateRepository baseRates, RateOverrideRepository overrides, PricingRuleRepository rules,
                         Clock clock) {
        this.baseRates = baseRates;
        this.overrides = overrides;
        this.rules = rules;
        this.clock = clock;
    }

    /** Every base rate, every live override not over before yesterday (UTC), and the rule of the hotel. */
    @CacheResult(cacheName = "hotel-rates")
    public HotelRates of(long hotelId) {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        return new HotelRates(baseRates.ofHotel(hotelId), overrides.overlapping(hotelId, yesterday, null),
                rules.findRule(hotelId).orElseGet(() -> PricingRule.defaults(hotelId)));
    }

    /** Called after a change of the hotel's rates has committed. */
    @CacheInvalidate(cacheName = "hotel-rates")
    public void forget(long hotelId) {
        // The annotation drops the entry.
    }
}
