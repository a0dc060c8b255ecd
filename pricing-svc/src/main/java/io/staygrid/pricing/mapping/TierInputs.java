package io.staygrid.pricing.mapping;

import io.staygrid.pricing.domain.OccupancyTier;
import io.staygrid.support.error.DomainException;
import java.util.ArrayList;
import java.util.List;

/** Validates the tiers of an UpdatePricingRule request against the rules on PricingRule.tiers. */
public final class TierInputs {

    static final int MAX_TIERS = 20;

    private TierInputs() {
    }

    /** The tiers as given; empty means "restore the defaults". */
    public static List<OccupancyTier> tiers(List<io.staygrid.pricing.v1.OccupancyTier> given) {
        String field = "pricing_rule.tiers";
        if (given.size() > MAX_TIERS) {
            throw invalid(field, "at most " + MAX_TIERS + " tiers are allowed");
        }
        List<OccupancyTier> tiers = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            int min = given.get(i).getMinOccupancyBasisPoints();
            int multiplier = given.get(i).getMultiplierBasisPoints();
            String at = field + "[" + i + "].";
            if (min < 0 || min > 100_000) {
                throw invalid(at + "min_occupancy_basis_points", "must be within 0-100000");
            }
            if (i == 0 && min != 0) {
                throw invalid(at + "min_occupancy_basis_points", "the first tier must start at 0");
            }
            if (i > 0 && min <= tiers.get(i - 1).minOccupancyBasisPoints()) {
                throw invalid(at + "min_occupancy_basis_points", "tiers must be in strictly ascending order");
            }
            if (multiplier < 1_000 || multiplier > 100_000) {
                throw invalid(at + "multiplier_basis_points", "must be within 1000-100000 (x0.10 to x10.00)");
            }
            tiers.add(new OccupancyTier(min, multiplier));
        }
        return tiers;
    }

    private static DomainException invalid(String field, String message) {
        return DomainException.invalidField(Inputs.INVALID_FIELD, field, field + " " + message);
    }
}
