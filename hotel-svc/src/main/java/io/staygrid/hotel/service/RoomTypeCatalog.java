package io.staygrid.hotel.service;

import io.staygrid.hotel.domain.CapacityStatus;
import io.staygrid.hotel.domain.CatalogErrors;
import io.staygrid.hotel.domain.Hotel;
import io.staygrid.hotel.domain.RoomType;
import io.staygrid.hotel.domain.RoomTypeRules;
import io.staygrid.hotel.repository.RoomRepository;
import io.staygrid.hotel.repository.RoomTypeRepository;
import io.staygrid.support.paging.Page;
import io.staygrid.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;

/** Room types of a hotel; creating and deleting one reaches inventory through the outbox. */
@ApplicationScoped
public class RoomTypeCatalog {

    private final RoomTypeRepository roomTypes;
    private final RoomRepository rooms;
    private final Lookups lookups;
    private final CapacityChanges capacity;
    private final Clock clock;

    public RoomTypeCatalog(RoomTypeRepository roomTypes, RoomRepository rooms, Lookups lookups, CapacityChanges capacity,
            Clock clock) {
        this.roomTypes = roomTypes;
        this.rooms = rooms;
        this.lookups = lookups;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Transactional
    public RoomType create(long hotelId, RoomType draft) {
        Hotel hotel = lookups.hotel(hotelId);
        RoomType valid = RoomTypeRules.normalized(draft);
        RoomType created = roomTypes.insert(new RoomType(0, hotelId, valid.name(), valid.description(), valid.maxOccupancy(),
                valid.bedGroups(), valid.amenities(), null, null), clock.instant());
        capacity.roomTypeCreated(hotel, created.id());
        return created;
    }

    public RoomType get(long hotelId, long roomTypeId) {
        lookups.hotel(hotelId);
        return lookups.roomType(hotelId, roomTypeId);
    }

    public Page<RoomType> list(long hotelId, PageRequest page) {
        lookups.hotel(hotelId);
        long after = Paging.afterId(page, "hotel=" + hotelId);
        return Paging.page(roomTypes.list(hotelId, after, page.size() + 1), page, "hotel=" + hotelId,
                t -> Long.toString(t.id()));
    }

    @Transactional
    public RoomType update(RoomType values, Set<String> paths) {
        lookups.hotel(values.hotelId());
        RoomType current = lookups.lockRoomType(values.hotelId(), values.id());
        RoomType merged = RoomTypeRules.normalized(new RoomType(current.id(), current.hotelId(),
                paths.contains("name") ? values.name() : current.name(),
                paths.contains("description") ? values.description() : current.description(),
                paths.contains("max_occupancy") ? values.maxOccupancy() : current.maxOccupancy(),
                paths.contains("bed_configuration") ? values.bedGroups() : current.bedGroups(),
                paths.contains("amenities") ? values.amenities() : current.amenities(),
                current.createTime(), current.updateTime()));
        roomTypes.update(merged, clock.instant());
        return lookups.roomType(current.hotelId(), current.id());
    }

    @Transactional
    public CapacityStatus delete(long hotelId, long roomTypeId) {
        lookups.hotel(hotelId);
        lookups.lockRoomType(hotelId, roomTypeId);
        long roomsLeft = rooms.countOfRoomType(roomTypeId);
        if (roomsLeft > 0) {
            throw CatalogErrors.roomTypeHasRooms(roomsLeft);
        }
        roomTypes.delete(roomTypeId);
        capacity.roomsChanged(hotelId, roomTypeId, false);
        return capacity.status(hotelId, roomTypeId);
    }

    @Transactional
    public CapacityStatus capacity(long hotelId, long roomTypeId) {
        lookups.hotel(hotelId);
        lookups.roomType(hotelId, roomTypeId);
        return capacity.status(hotelId, roomTypeId);
    }
}
