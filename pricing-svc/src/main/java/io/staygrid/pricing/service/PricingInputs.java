package io.staygrid.pricing.service;

import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.PricingRule;
import io.staygrid.pricing.domain.RateOverride;
import io.staygrid.pricing.repository.BaseRateRepository;
import io.staygrid.pricing.repository.PricingRuleRepository;
import io.staygrid.pricing.repository.RateOverrideRepository;
import io.staygrid.support.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads what a price is computed from besides occupancy: base rates, overrides, the hotel's rule. */
@ApplicationScoped
public class PricingInputs {

    private final BaseRateRepository baseRates;
    private final RateOverrideRepository overrides;
    private final PricingRuleRepository rules;

    public PricingInputs(BaseRateRepository baseRates, RateOverrideRepository overrides, PricingRuleRepository rules) {
        this.baseRates = baseRates;
        this.overrides = overrides;
        this.rules = rules;
    }

    /** The room type's base rate, or FAILED_PRECONDITION (BASE_RATE_NOT_SET): it cannot be priced. */
    public BaseRate requireBaseRate(long hotelId, long roomTypeId) {
        return baseRates.findRate(hotelId, roomTypeId).orElseThrow(() -> baseRateNotSet(hotelId, roomTypeId));
    }

    /**
     * The rates of these room types among {@code known}, by room type ascending; BASE_RATE_NOT_SET for the lowest
     * room type id without one.
     */
    static List<BaseRate> requireAll(long hotelId, List<BaseRate> known, List<Long> roomTypeIds) {
        Map<Long, BaseRate> found = new HashMap<>();
        known.forEach(rate -> found.put(rate.roomTypeId(), rate));
        List<BaseRate> rates = new ArrayList<>(roomTypeIds.size());
        for (long id : roomTypeIds.stream().sorted().distinct().toList()) {
            BaseRate rate = found.get(id);
            if (rate == null) {
                throw baseRateNotSet(hotelId, id);
            }
            rates.add(rate);
        }
        return rates;
    }

    /** The hotel's live overrides (all room types) overlapping the range. */
    public List<RateOverride> overrides(long hotelId, DateRange range) {
        return overrides.overlapping(hotelId, range.start(), range.end());
    }

    public PricingRule rule(long hotelId) {
        return rules.findRule(hotelId).orElseGet(() -> PricingRule.defaults(hotelId));
    }

    private static DomainException baseRateNotSet(long hotelId, long roomTypeId) {
        return DomainException.failedPrecondition("BASE_RATE_NOT_SET", "room type " + roomTypeId + " of hotel "
                        + hotelId + " has no base rate, so it cannot be priced")
                .with("room_type_id", Long.toString(roomTypeId));
    }
}
