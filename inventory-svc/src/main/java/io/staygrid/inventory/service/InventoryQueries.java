package io.staygrid.inventory.service;

import io.staygrid.inventory.domain.Availability;
import io.staygrid.inventory.domain.DateRules;
import io.staygrid.inventory.domain.HotelAvailability;
import io.staygrid.inventory.domain.Horizon;
import io.staygrid.inventory.domain.Night;
import io.staygrid.inventory.domain.RoomTypeCapacity;
import io.staygrid.inventory.repository.HotelRepository;
import io.staygrid.inventory.repository.HotelRow;
import io.staygrid.inventory.repository.InventoryRepository;
import io.staygrid.inventory.repository.RoomTypeRepository;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reads: capacities, availability, occupancy and overbooked nights. Each range is one query. */
@ApplicationScoped
public class InventoryQueries {

    private final HotelRepository hotels;
    private final RoomTypeRepository roomTypes;
    private final InventoryRepository inventory;
    private final Clock clock;

    public InventoryQueries(HotelRepository hotels, RoomTypeRepository roomTypes, InventoryRepository inventory,
                            Clock clock) {
        this.hotels = hotels;
        this.roomTypes = roomTypes;
        this.inventory = inventory;
        this.clock = clock;
    }

    public RoomTypeCapacity capacity(long hotelId, long roomTypeId) {
        return roomTypes.byId(hotelId, roomTypeId).orElseThrow(() -> Errors.roomTypeNotFound(hotelId, roomTypeId));
    }

    public Page<RoomTypeCapacity> capacities(long hotelId, boolean includeRetired, int pageSize, String pageToken) {
        Pages pages = Pages.of(pageSize, pageToken, hotelId, includeRetired);
        long after = pages.key().isEmpty() ? 0 : parseLong(pages.key());
        return Page.fromOverfetched(roomTypes.list(hotelId, includeRetired, after, pages.size() + 1), pages.request(),
                c -> pages.cursorFor(Long.toString(c.roomTypeId())));
    }

    /** Per room type (one, or every non-retired one when {@code roomTypeId} is 0), by room type id. */
    public HotelAvailability availability(long hotelId, long roomTypeId, LocalDate start, LocalDate end, int rooms,
                                          boolean validateStay) {
        LocalDate today = checkRange(hotelId, roomTypeId, start, end, validateStay);
        Map<Long, List<Night>> byRoomType = new LinkedHashMap<>();
        for (Night night : inventory.nights(hotelId, roomTypeId, start, end)) {
            byRoomType.computeIfAbsent(night.roomTypeId(), k -> new ArrayList<>()).add(night);
        }
        return new HotelAvailability(today, byRoomType.entrySet().stream()
                .map(e -> Availability.of(e.getKey(), e.getValue(), today, Math.max(1, rooms)))
                .toList());
    }

    public List<Night> occupancy(long hotelId, long roomTypeId, LocalDate start, LocalDate end, boolean validateStay) {
        checkRange(hotelId, roomTypeId, start, end, validateStay);
        return inventory.nights(hotelId, roomTypeId, start, end);
    }

    /** Nights from the hotel's today on with more reserved than the sell limit, by (date, room type). */
    public Page<Night> overbooked(long hotelId, long roomTypeId, int pageSize, String pageToken) {
        Pages pages = Pages.of(pageSize, pageToken, hotelId, roomTypeId);
        LocalDate afterDate = LocalDate.of(1970, 1, 1);
        long afterRoomType = 0;
        if (!pages.key().isEmpty()) {
            String[] parts = pages.keyParts(2);
            try {
                afterDate = LocalDate.parse(parts[0]);
            } catch (DateTimeParseException e) {
                throw malformedToken();
            }
            afterRoomType = parseLong(parts[1]);
        }
        var hotel = hotels.byId(hotelId).filter(h -> h.timeZone() != null);
        if (hotel.isEmpty()) {
            return new Page<>(List.of(), "");
        }
        LocalDate today = Horizon.today(clock, hotel.get().timeZone());
        return Page.fromOverfetched(
                inventory.overbooked(hotelId, roomTypeId, today, afterDate, afterRoomType, pages.size() + 1),
                pages.request(), n -> pages.cursorFor(n.date() + "|" + n.roomTypeId()));
    }

    /** Applies the stay or date-range rules; returns the hotel's today (UTC's for a hotel inventory never saw). */
    private LocalDate checkRange(long hotelId, long roomTypeId, LocalDate start, LocalDate end, boolean validateStay) {
        DateRules.Kind kind = validateStay ? DateRules.Kind.STAY : DateRules.Kind.RANGE;
        DateRules.checkShape(kind, start, end);
        if (roomTypeId != 0) {
            capacity(hotelId, roomTypeId);
        }
        String zone = hotels.byId(hotelId).map(HotelRow::timeZone).orElse("UTC");
        LocalDate today = Horizon.today(clock, zone == null ? "UTC" : zone);
        DateRules.checkAgainstToday(kind, start, end, today, !validateStay);
        return today;
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw malformedToken();
        }
    }

    private static DomainException malformedToken() {
        return DomainException.invalidField("INVALID_FIELD", "page_token", "page_token is malformed");
    }
}
