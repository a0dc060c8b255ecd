package io.staygrid.pricing.domain;

import java.time.Instant;
import java.util.List;

/**
 * A hotel's occupancy tiers, ascending and starting at 0, so every occupancy falls in exactly one.
 * {@code updateTime} is null for the defaults.
 */
public record PricingRule(long hotelId, List<OccupancyTier> tiers, boolean isDefault, Instant updateTime) {

    /** The DESIGN.md defaults: below 50% x1.00, 50-70% x1.10, 70-85% x1.25, 85-100% x1.50, overbooked x1.75. */
    public static final List<OccupancyTier> DEFAULT_TIERS = List.of(
            new OccupancyTier(0, 10_000),
            new OccupancyTier(5_000, 11_000),
            new OccupancyTier(7_000, 12_500),
            new OccupancyTier(8_500, 15_000),
            new OccupancyTier(10_001, 17_500));

    public PricingRule {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty() || tiers.get(0).minOccupancyBasisPoints() != 0) {
            throw new IllegalArgumentException("tiers must start at 0");
        }
    }

    public static PricingRule defaults(long hotelId) {
        return new PricingRule(hotelId, DEFAULT_TIERS, true, null);
    }

    /** The multiplier of the tier with the greatest lower bound that is at most the occupancy. */
    public int multiplierFor(int occupancyBasisPoints) {
        int multiplier = tiers.get(0).multiplierBasisPoints();
        for (OccupancyTier tier : tiers) {
            if (tier.minOccupancyBasisPoints() <= occupancyBasisPoints) {
                multiplier = tier.multiplierBasisPoints();
            }
        }
        return multiplier;
    }
}
