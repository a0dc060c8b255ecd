package io.staygrid.pricing.service;

import io.staygrid.pricing.client.InventoryClient;
import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.HotelRates;
import io.staygrid.pricing.domain.HotelOccupancy;
import io.staygrid.pricing.domain.NightPricer;
import io.staygrid.pricing.domain.PricedNight;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The live nightly prices of a hotel's room types over a range; all or nothing. */
@ApplicationScoped
public class CalendarService {

    private final RateSnapshots snapshots;
    private final InventoryClient inventory;

    public CalendarService(RateSnapshots snapshots, InventoryClient inventory) {
        this.snapshots = snapshots;
        this.inventory = inventory;
    }

    /**
     * Priced nights per room type, by room type ascending. No room types named means every one with a
     * base rate; a named one without a base rate is BASE_RATE_NOT_SET. The rates come from the cached
     * snapshot (RateSnapshots), the occupancy from one GetAvailability call for the whole hotel and range (with
     * the hotel's today: a range starting before it is INVALID_STAY START_IN_PAST), however many room types it
     * has; a single named room type is asked for by id, so an unknown one is ROOM_TYPE_NOT_FOUND.
     */
    public Map<Long, List<PricedNight>> calendar(long hotelId, List<Long> roomTypeIds, DateRange range) {
        HotelRates hotelRates = snapshots.of(hotelId);
        List<BaseRate> rates = roomTypeIds.isEmpty() ? hotelRates.baseRates()
                : PricingInputs.requireAll(hotelId, hotelRates.baseRates(), roomTypeIds);
        Map<Long, List<PricedNight>> calendar = new LinkedHashMap<>();
        if (rates.isEmpty()) {
            return calendar;
        }
        long asked = rates.size() == 1 ? rates.get(0).roomTypeId() : 0;
        HotelOccupancy answer = inventory.startOccupancy(hotelId, asked, range, inventory.newDeadline()).await();
        HotelToday.requireNotPast(range, answer.today());
        for (BaseRate rate : rates) {
            calendar.put(rate.roomTypeId(), NightPricer.price(range, rate.roomTypeId(), rate.nightlyRate(),
                    hotelRates.overrides(), hotelRates.rule(), answer.of(rate.roomTypeId(), range)));
        }
        return calendar;
    }
}
