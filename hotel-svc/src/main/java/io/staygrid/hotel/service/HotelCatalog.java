package io.staygrid.hotel.service;

import io.staygrid.hotel.domain.CatalogErrors;
import io.staygrid.hotel.domain.Hotel;
import io.staygrid.hotel.domain.HotelRules;
import io.staygrid.hotel.repository.HotelRepository;
import io.staygrid.hotel.repository.OutageRepository;
import io.staygrid.hotel.repository.RoomRepository;
import io.staygrid.hotel.repository.RoomTypeRepository;
import io.staygrid.support.paging.Page;
import io.staygrid.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Hotels: create, read, list, update and delete (with the force cascade). */
@ApplicationScoped
public class HotelCatalog {

    /** What a forced delete took with it. */
    public record Deleted(int roomTypes, int rooms) {
    }

    private final HotelRepository hotels;
    private final RoomTypeRepository roomTypes;
    private final RoomRepository rooms;
    private final OutageRepository outages;
    private final Lookups lookups;
    private final CapacityChanges capacity;
    private final Clock clock;

    public HotelCatalog(HotelRepository hotels, RoomTypeRepository roomTypes, RoomRepository rooms, OutageRepository outages,
            Lookups lookups, CapacityChanges capacity, Clock clock) {
        this.hotels = hotels;
        this.roomTypes = roomTypes;
        this.rooms = rooms;
        this.outages = outages;
        this.lookups = lookups;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Transactional
    public Hotel create(Hotel draft) {
        return hotels.insert(HotelRules.normalized(draft), clock.instant());
    }

    public Hotel get(long hotelId) {
        return lookups.hotel(hotelId);
    }

    public Page<Hotel> list(String city, String countryCode, PageRequest page) {
        String cityFilter = city.strip();
        if (!countryCode.isEmpty()) {
            HotelRules.country(countryCode, "country_code");
        }
        String filters = "city=" + cityFilter.toLowerCase(Locale.ROOT) + ";country=" + countryCode;
        long after = Paging.afterId(page, filters);
        List<Hotel> rows = hotels.list(after, cityFilter, countryCode, page.size() + 1);
        return Paging.page(rows, page, filters, h -> Long.toString(h.id()));
    }

    @Transactional
    public Hotel update(Hotel values, Set<String> paths) {
        Hotel current = hotels.lock(values.id()).orElseThrow(() -> CatalogErrors.hotelNotFound(values.id()));
        Hotel merged = HotelRules.normalized(new Hotel(current.id(),
                paths.contains("name") ? values.name() : current.name(),
                paths.contains("address_lines") ? values.addressLines() : current.addressLines(),
                paths.contains("city") ? values.city() : current.city(),
                paths.contains("postal_code") ? values.postalCode() : current.postalCode(),
                current.countryCode(), current.timeZone(), current.currencyCode(),
                paths.contains("star_rating") ? values.starRating() : current.starRating(),
                paths.contains("description") ? values.description() : current.description(),
                current.createTime(), current.updateTime()));
        hotels.update(merged, clock.instant());
        return lookups.hotel(current.id());
    }

    @Transactional
    public Deleted delete(long hotelId, boolean force) {
        Hotel hotel = hotels.lock(hotelId).orElseThrow(() -> CatalogErrors.hotelNotFound(hotelId));
        List<Long> typeIds = roomTypes.idsOfHotel(hotelId);
        if (!typeIds.isEmpty() && !force) {
            throw CatalogErrors.hotelNotEmpty(typeIds.size());
        }
        outages.deleteOfHotel(hotelId);
        int deletedRooms = rooms.deleteOfHotel(hotelId);
        int deletedTypes = roomTypes.deleteOfHotel(hotelId);
        for (long typeId : typeIds) {
            capacity.roomsChanged(hotel.id(), typeId, true);
        }
        hotels.delete(hotelId);
        return new Deleted(deletedTypes, deletedRooms);
    }
}
