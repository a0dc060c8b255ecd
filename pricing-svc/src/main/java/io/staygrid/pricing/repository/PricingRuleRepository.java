package io.staygrid.pricing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.pricing.domain.PricingRule;
import io.staygrid.pricing.repository.entity.PricingRuleEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The pricing_rule table: a hotel's own tiers, replaced as a whole. */
@ApplicationScoped
public class PricingRuleRepository implements PanacheRepositoryBase<PricingRuleEntity, Long> {

    public Optional<PricingRule> findRule(long hotelId) {
        return findByIdOptional(hotelId).map(PricingRuleEntity::toDomain);
    }

    public PricingRule upsert(PricingRule rule) {
        PricingRuleEntity row = PricingRuleEntity.of(rule);
        // One atomic statement: two first rules of a hotel racing a find-then-persist would hit the primary key.
        getSession().createMutationQuery("""
                        insert into PricingRuleEntity (hotelId, minOccupancyBp, multiplierBp, updateTime)
                        values (:hotelId, :minOccupancyBp, :multiplierBp, :updateTime)
                        on conflict (hotelId) do update
                        set minOccupancyBp = excluded.minOccupancyBp, multiplierBp = excluded.multiplierBp,
                            updateTime = excluded.updateTime""")
                .setParameter("hotelId", row.hotelId)
                .setParameter("minOccupancyBp", row.minOccupancyBp)
                .setParameter("multiplierBp", row.multiplierBp)
                .setParameter("updateTime", row.updateTime)
                .executeUpdate();
        return rule;
    }

    public void deleteRule(long hotelId) {
        delete("hotelId", hotelId);
    }
}
