package io.staygrid.pricing.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.staygrid.pricing.domain.HotelRates;
import io.staygrid.pricing.domain.PricingRule;
import io.staygrid.pricing.repository.BaseRateRepository;
import io.staygrid.pricing.repository.PricingRuleRepository;
import io.staygrid.pricing.repository.RateOverrideRepository;
import io.staygrid.support.observability.CacheStaleness;
import io.staygrid.support.observability.CacheStaleness.Stamped;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The rates of a hotel for its price calendar, cached (cache "hotel-rates"): read by every availability page,
 * changed by staff now and then. This instance forgets a hotel's entry as soon as one of its own changes
 * commits; another instance's change shows within the cache's expiry (see application.properties). Quotes
 * never use it: they read the database, since a quote locks its price. Each answer's age is metered
 * ({@link CacheStaleness}).
 */
@ApplicationScoped
public class RateSnapshots {

    static final String CACHE = "hotel-rates";

    private final BaseRateRepository baseRates;
    private final RateOverrideRepository overrides;
    private final PricingRuleRepository rules;
    private final Clock clock;
    private final Cache cache;
    private final CacheStaleness staleness;

    public RateSnapshots(BaseRateRepository baseRates, RateOverrideRepository overrides, PricingRuleRepository rules,
                         Clock clock, @CacheName(CACHE) Cache cache, MeterRegistry registry) {
        this.baseRates = baseRates;
        this.overrides = overrides;
        this.rules = rules;
        this.clock = clock;
        this.cache = cache;
        this.staleness = new CacheStaleness(registry, CACHE);
    }

    /** Every base rate, every live override not over before yesterday (UTC), and the rule of the hotel. */
    public HotelRates of(long hotelId) {
        return staleness.served(cache.<Long, Stamped<HotelRates>>get(hotelId, id -> Stamped.now(read(id)))
                .await().indefinitely());
    }

    /**
     * The cache's loader. It runs on the thread of the first caller to miss, and every caller asking for the same
     * hotel meanwhile waits for it and gets its result, or its failure. So it reads in a transaction of its own,
     * whose session belongs to that transaction, never through the caller's request-scoped session: when the first
     * caller's gRPC call is cancelled (its deadline passed, its client went away), Quarkus destroys that call's
     * request context on the event loop while the worker thread goes on, and a read on it failed with
     * ContextNotActiveException, "This statement has been closed" or a closed logical connection, which every
     * waiting caller then got as INTERNAL (the edge's 502 DOWNSTREAM_ERROR; issue 13's soak found it).
     */
    private HotelRates read(long hotelId) {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        return QuarkusTransaction.requiringNew().call(() -> new HotelRates(baseRates.ofHotel(hotelId),
                overrides.overlapping(hotelId, yesterday, null),
                rules.findRule(hotelId).orElseGet(() -> PricingRule.defaults(hotelId))));
    }

    /** Called after a change of the hotel's rates has committed. */
    @CacheInvalidate(cacheName = CACHE)
    public void forget(long hotelId) {
        // The annotation drops the entry.
    }
}
