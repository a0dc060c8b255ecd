package io.staygrid.pricing.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.staygrid.pricing.domain.OccupancyTier;
import io.staygrid.pricing.domain.PricingRule;
import io.staygrid.pricing.repository.PricingRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A hotel's occupancy tiers, or the DESIGN.md defaults when it has none. */
@ApplicationScoped
public class PricingRuleService {

    private final PricingRuleRepository rules;
    private final RateSnapshots snapshots;
    private final Clock clock;

    public PricingRuleService(PricingRuleRepository rules, RateSnapshots snapshots, Clock clock) {
        this.rules = rules;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    public PricingRule get(long hotelId) {
        return rules.findRule(hotelId).orElseGet(() -> PricingRule.defaults(hotelId));
    }

    /** Replaces the tiers as a whole (already validated); no tiers restores the defaults. */
    public PricingRule replace(long hotelId, List<OccupancyTier> tiers) {
        if (tiers.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> rules.deleteRule(hotelId));
            snapshots.forget(hotelId);
            return PricingRule.defaults(hotelId);
        }
        PricingRule rule = new PricingRule(hotelId, tiers, false, clock.instant().truncatedTo(ChronoUnit.MICROS));
        PricingRule stored = QuarkusTransaction.requiringNew().call(() -> rules.upsert(rule));
        snapshots.forget(hotelId);
        return stored;
    }
}
