package io.staygrid.pricing.domain;

import java.util.List;

/** What a hotel's prices are computed from besides occupancy: base rates, live overrides, the occupancy rule. */
public record HotelRates(List<BaseRate> baseRates, List<RateOverride> overrides, PricingRule rule) {
}
