package io.staygrid.pricing.service;

import io.staygrid.pricing.client.InventoryClient;
import io.staygrid.pricing.client.InventoryClient.Pending;
import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.pricing.domain.DailyOccupancy;
import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.NightPricer;
import io.staygrid.pricing.domain.PricedNight;
import io.staygrid.pricing.domain.PricingRule;
import io.staygrid.pricing.domain.RateOverride;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
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
     * base rate; a named one without a base rate is BASE_RATE_NOT_SET. One GetOccupancy call per room
     * type plus one GetRoomTypeCapacity call (the hotel's today: a range starting before it is
     * INVALID_STAY START_IN_PAST), all started at once and sharing one deadline.
     */
    public Map<Long, List<PricedNight>> calendar(long hotelId, List<Long> roomTypeIds, DateRange range) {
        List<BaseRate> rates = roomTypeIds.isEmpty()
                ? inputs.allBaseRates(hotelId)
                : inputs.requireBaseRates(hotelId, roomTypeIds);
        Map<Long, List<PricedNight>> calendar = new LinkedHashMap<>();
        if (rates.isEmpty()) {
            return calendar;
        }
        List<RateOverride> overrides = inputs.overrides(hotelId, range);
        PricingRule rule = inputs.rule(hotelId);
        Instant deadline = inventory.newDeadline();
        Pending<LocalDate> today = inventory.startHotelToday(hotelId, rates.get(0).roomTypeId(), deadline);
        Map<Long, Pending<List<DailyOccupancy>>> occupancy = new LinkedHashMap<>();
        for (BaseRate rate : rates) {
            occupancy.put(rate.roomTypeId(), inventory.startOccupancy(hotelId, rate.roomTypeId(), range, deadline));
        }
        try {
            HotelToday.requireNotPast(range, today.await());
            for (BaseRate rate : rates) {
                calendar.put(rate.roomTypeId(), NightPricer.price(range, rate.roomTypeId(), rate.nightlyRate(),
                        overrides, rule, occupancy.get(rate.roomTypeId()).await()));
            }
        } catch (RuntimeException e) {
            occupancy.values().forEach(Pending::cancel);
            throw e;
        }
        return calendar;
    }
}
