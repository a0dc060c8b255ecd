package io.staygrid.pricing.repository.entity;

import io.staygrid.pricing.domain.OccupancyTier;
import io.staygrid.pricing.domain.PricingRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of pricing_rule: a hotel's own occupancy tiers as two parallel integer[] columns. */
@Entity
@Table(name = "pricing_rule")
public class PricingRuleEntity {

    @Id
    @Column(name = "hotel_id")
    public long hotelId;

    @Column(name = "min_occupancy_bp", nullable = false)
    public int[] minOccupancyBp;

    @Column(name = "multiplier_bp", nullable = false)
    public int[] multiplierBp;

    @JdbcTypeCode(SqlTypes.TIMESTAMP_UTC)
    @Column(name = "update_time", nullable = false)
    public Instant updateTime;

    public PricingRule toDomain() {
        List<OccupancyTier> tiers = new ArrayList<>(minOccupancyBp.length);
        for (int i = 0; i < minOccupancyBp.length; i++) {
            tiers.add(new OccupancyTier(minOccupancyBp[i], multiplierBp[i]));
        }
        return new PricingRule(hotelId, tiers, false, updateTime);
    }

    public static PricingRuleEntity of(PricingRule rule) {
        PricingRuleEntity e = new PricingRuleEntity();
        e.hotelId = rule.hotelId();
        e.minOccupancyBp = rule.tiers().stream().mapToInt(OccupancyTier::minOccupancyBasisPoints).toArray();
        e.multiplierBp = rule.tiers().stream().mapToInt(OccupancyTier::multiplierBasisPoints).toArray();
        e.updateTime = rule.updateTime();
        return e;
    }
}
