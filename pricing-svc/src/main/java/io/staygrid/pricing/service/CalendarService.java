package io.staygrid.pricing.service;

import io.staygrid.pricing.client.InventoryClient;
import io.staygrid.pricing.client.InventoryClient.Pending;
import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.HotelOccupancy;
import io.staygrid.pricing.domain.NightPricer;
import io.staygrid.pricing.domain.PricedNight;
import io.staygrid.pricing.domain.PricingRule;
import io.staygrid.pricing.domain.RateOverride;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The live nightly prices of a hotel's room types over a range; all or nothing. */
@ApplicationScoped
public class CalendarService {

    private final PricingInputs inputs;
    private final InventoryClient inventory;

    public CalendarService(PricingInputs inputs, InventoryClient inventory) {
        this.inputs = inputs;
        this.inventory = inventory;
    }

    /**
     * Priced nights per room type, by room type ascending. No room types named means every one with a
     * base rate; a named one without a base rate is BASE_RATE_NOT_SET. One GetAvailability call answers for
     * the whole hotel and range (with the hotel's today: a range starting before it is INVALID_STAY
     * START_IN_PAST), however many room types it has; a single named room type is asked for by id, so an
     * unknown one is ROOM_TYPE_NOT_FOUND.
     */
    public Map<Long, List<PricedNight>> calendar(long hotelId, List<Long> roomTypeIds, DateRange range) {
        List<BaseRate> rates = roomTypeIds.isEmpty()
                ? inputs.allBaseRates(hotelId)
                : inputs.requireBaseRates(hotelId, roomTypeIds);
        Map<Long, List<PricedNight>> calendar = new LinkedHashMap<>();
        if (rates.isEmpty()) {
            return calendar;
        }
        long asked = rates.size() == 1 ? rates.get(0).roomTypeId() : 0;
        Pending<HotelOccupancy> occupancy = inventory.startOccupancy(hotelId, asked, range, inventory.newDeadline());
        List<RateOverride> overrides;
        PricingRule rule;
        try {
            overrides = inputs.overrides(hotelId, range);
            rule = inputs.rule(hotelId);
        } catch (RuntimeException e) {
            occupancy.cancel();
            throw e;
        }
        HotelOccupancy answer = occupancy.await();
        HotelToday.requireNotPast(range, answer.today());
        for (BaseRate rate : rates) {
            calendar.put(rate.roomTypeId(), NightPricer.price(range, rate.roomTypeId(), rate.nightlyRate(),
                    overrides, rule, answer.of(rate.roomTypeId(), range)));
        }
        return calendar;
    }
}
