package io.staygrid.pricing.domain;

import io.staygrid.support.money.Amount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Prices every night of a range for one room type: base rate of the date x occupancy multiplier. */
public final class NightPricer {

    private NightPricer() {
    }

    /**
     * One priced night per date of the range, in date order. {@code occupancy} must hold exactly one
     * entry per night in date order; anything else is an inconsistent answer and refused.
     */
    public static List<PricedNight> price(DateRange range, long roomTypeId, Amount defaultRate,
                                          List<RateOverride> overrides, PricingRule rule,
                                          List<DailyOccupancy> occupancy) {
        List<LocalDate> dates = range.dates();
        if (occupancy.size() != dates.size()) {
            throw new IllegalStateException("occupancy has " + occupancy.size() + " nights, expected " + dates.size());
        }
        List<PricedNight> nights = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            LocalDate date = dates.get(i);
            DailyOccupancy day = occupancy.get(i);
            if (!day.date().equals(date)) {
                throw new IllegalStateException("occupancy night " + i + " is " + day.date() + ", expected " + date);
            }
            BaseRateOfDate base = BaseRateOfDate.resolve(date, roomTypeId, defaultRate, overrides);
            int occupancyBp = day.basisPoints();
            int multiplierBp = rule.multiplierFor(occupancyBp);
            nights.add(new PricedNight(date, base.rate(), base.overrideId(), occupancyBp, multiplierBp,
                    PriceMath.applyMultiplier(base.rate(), multiplierBp), day.totalInventory(), day.totalReserved()));
        }
        return nights;
    }
}
