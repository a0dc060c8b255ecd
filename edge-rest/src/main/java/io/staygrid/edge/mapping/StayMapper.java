package io.staygrid.edge.mapping;

import static io.staygrid.edge.mapping.ProtoValues.date;
import static io.staygrid.edge.mapping.ProtoValues.instant;
import static io.staygrid.edge.mapping.ProtoValues.money;

import io.staygrid.edge.rest.model.Availability;
import io.staygrid.edge.rest.model.AvailableNight;
import io.staygrid.edge.rest.model.InventoryCalendar;
import io.staygrid.edge.rest.model.InventoryNight;
import io.staygrid.edge.rest.model.Money;
import io.staygrid.edge.rest.model.OverbookedNight;
import io.staygrid.edge.rest.model.OverbookingPolicy;
import io.staygrid.edge.rest.model.RoomTypeAvailability;
import io.staygrid.edge.rest.model.RoomTypeInventory;
import io.staygrid.inventory.v1.GetAvailabilityResponse;
import io.staygrid.inventory.v1.NightInventory;
import io.staygrid.pricing.v1.CalendarDay;
import io.staygrid.pricing.v1.GetRateCalendarResponse;
import io.staygrid.pricing.v1.RoomTypeCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Inventory (availability, calendar, overbooking) from staygrid.inventory.v1, joined with pricing's calendar. */
public final class StayMapper {

    private StayMapper() {
    }

    /** Availability per room type and night, each night with pricing's current price (absent without a base rate). */
    public static Availability availability(long hotelId, LocalDate start, LocalDate end, int rooms,
            GetAvailabilityResponse inventory, GetRateCalendarResponse prices) {
        Map<Long, Map<LocalDate, Money>> priceByNight = new HashMap<>();
        for (RoomTypeCalendar calendar : prices.getRoomTypesList()) {
            Map<LocalDate, Money> nights = priceByNight.computeIfAbsent(calendar.getRoomTypeId(), id -> new HashMap<>());
            for (CalendarDay day : calendar.getDaysList()) {
                nights.put(date(day.getDate()), money(day.hasNightlyPrice(), day.getNightlyPrice()));
            }
        }
        return new Availability(hotelId, start, end, rooms, inventory.getRoomTypesList().stream()
                .map(type -> new RoomTypeAvailability(type.getRoomTypeId(), type.getAvailableRooms(), type.getBookable(),
                        type.getNightsList().stream().map(night -> new AvailableNight(date(night.getDate()),
                                night.getAvailableRooms(),
                                priceByNight.getOrDefault(type.getRoomTypeId(), Map.of()).get(date(night.getDate()))))
                                .toList()))
                .toList());
    }

    public static InventoryCalendar calendar(long hotelId, LocalDate start, LocalDate end, GetAvailabilityResponse inventory) {
        return new InventoryCalendar(hotelId, start, end, inventory.getRoomTypesList().stream()
                .map(type -> new RoomTypeInventory(type.getRoomTypeId(), type.getAvailableRooms(),
                        type.getNightsList().stream().map(StayMapper::night).toList()))
                .toList());
    }

    public static OverbookingPolicy policy(io.staygrid.inventory.v1.OverbookingPolicy p, Integer overbookedNightCount) {
        return new OverbookingPolicy(p.getHotelId(), p.getOverbookingPercent(), p.getIsDefault(),
                instant(p.hasUpdateTime(), p.getUpdateTime()), overbookedNightCount);
    }

    public static OverbookedNight overbooked(io.staygrid.inventory.v1.OverbookedNight n) {
        return new OverbookedNight(n.getRoomTypeId(), date(n.getDate()), n.getTotalInventory(), n.getTotalReserved(),
                n.getSellLimit(), n.getOverbookedRooms());
    }

    private static InventoryNight night(NightInventory n) {
        return new InventoryNight(date(n.getDate()), n.getTotalInventory(), n.getTotalReserved(), n.getSellLimit(),
                n.getAvailableRooms(), n.getOutOfServiceRooms());
    }
}
