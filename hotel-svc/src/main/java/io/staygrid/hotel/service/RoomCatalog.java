package io.staygrid.hotel.service;

import io.staygrid.hotel.domain.CapacityStatus;
import io.staygrid.hotel.domain.DateRange;
import io.staygrid.hotel.domain.Hotel;
import io.staygrid.hotel.domain.Room;
import io.staygrid.hotel.domain.RoomRules;
import io.staygrid.hotel.domain.RoomStatus;
import io.staygrid.hotel.repository.OutageRepository;
import io.staygrid.hotel.repository.RoomRepository;
import io.staygrid.support.paging.Page;
import io.staygrid.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rooms of a hotel. A change that moves an in-service room out of a room type is applied in inventory, unforced, while
 * that room type is locked and before the change commits (unless staff forced it); every capacity change goes to the
 * outbox too.
 */
@ApplicationScoped
public class RoomCatalog {

    /** A room and the capacity states of the room types its change touched. */
    public record Changed(Room room, List<CapacityStatus> capacities) {
    }

    private final RoomRepository rooms;
    private final OutageRepository outages;
    private final Lookups lookups;
    private final CapacityChanges capacity;
    private final CapacityChecks checks;
    private final Clock clock;

    public RoomCatalog(RoomRepository rooms, OutageRepository outages, Lookups lookups, CapacityChanges capacity,
            CapacityChecks checks, Clock clock) {
        this.rooms = rooms;
        this.outages = outages;
        this.lookups = lookups;
        this.capacity = capacity;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional
    public Changed create(long hotelId, Room draft) {
        Hotel hotel = lookups.hotel(hotelId);
        Room valid = RoomRules.normalized(draft);
        lookups.lockRoomTypeForRoom(hotelId, valid.roomTypeId());
        Room created = rooms.insert(new Room(0, hotelId, valid.number(), valid.floor(), valid.roomTypeId(), valid.status(),
                null, null), clock.instant());
        if (created.inService()) {
            capacity.roomsChanged(hotel.id(), created.roomTypeId(), false);
        }
        return new Changed(created, List.of(capacity.status(hotelId, created.roomTypeId())));
    }

    public Room get(long hotelId, long roomId) {
        lookups.hotel(hotelId);
        return lookups.room(hotelId, roomId);
    }

    public Page<Room> list(long hotelId, long roomTypeId, RoomStatus status, PageRequest page) {
        lookups.hotel(hotelId);
        if (roomTypeId != 0) {
            lookups.roomType(hotelId, roomTypeId);
        }
        String filters = "hotel=" + hotelId + ";type=" + roomTypeId + ";status=" + status;
        long after = Paging.afterId(page, filters);
        return Paging.page(rooms.list(hotelId, roomTypeId, status, after, page.size() + 1), page, filters,
                r -> Long.toString(r.id()));
    }

    @Transactional
    public Changed update(Room values, Set<String> paths, boolean force) {
        Hotel hotel = lookups.hotel(values.hotelId());
        Room current = lookups.lockRoom(hotel.id(), values.id());
        Room merged = RoomRules.normalized(new Room(current.id(), current.hotelId(),
                paths.contains("number") ? values.number() : current.number(),
                paths.contains("floor") ? values.floor() : current.floor(),
                paths.contains("room_type_id") ? values.roomTypeId() : current.roomTypeId(),
                paths.contains("status") ? values.status() : current.status(),
                current.createTime(), current.updateTime()));
        boolean moved = merged.roomTypeId() != current.roomTypeId();
        // Lock both room types in id order so concurrent moves between them cannot deadlock.
        long first = Math.min(current.roomTypeId(), merged.roomTypeId());
        long second = Math.max(current.roomTypeId(), merged.roomTypeId());
        lookups.lockRoomTypeForRoom(hotel.id(), first);
        if (moved) {
            lookups.lockRoomTypeForRoom(hotel.id(), second);
        }
        boolean leaves = current.inService() && (moved || !merged.inService());
        boolean joins = merged.inService() && (moved || !current.inService());
        List<DateRange> outageDates = leaves || joins ? capacity.outageDatesOf(hotel, current.id()) : List.of();
        rooms.update(merged, clock.instant());
        if (leaves && !force) {
            checks.applyReduction(hotel, current.roomTypeId(), outageDates);
        }
        List<Long> changedTypes = new ArrayList<>();
        if (leaves) {
            changedTypes.add(current.roomTypeId());
            capacity.roomMoved(hotel, current.roomTypeId(), outageDates, force);
        }
        if (joins) {
            changedTypes.add(merged.roomTypeId());
            capacity.roomMoved(hotel, merged.roomTypeId(), outageDates, false);
        }
        List<CapacityStatus> touched = new ArrayList<>();
        for (long typeId : changedTypes) {
            touched.add(capacity.status(hotel.id(), typeId));
        }
        return new Changed(lookups.room(hotel.id(), current.id()), touched);
    }

    @Transactional
    public CapacityStatus delete(long hotelId, long roomId, boolean force) {
        Hotel hotel = lookups.hotel(hotelId);
        Room room = lookups.lockRoom(hotelId, roomId);
        lookups.lockRoomType(hotelId, room.roomTypeId());
        List<DateRange> outageDates = room.inService() ? capacity.outageDatesOf(hotel, roomId) : List.of();
        outages.deleteOfRoom(roomId);
        rooms.delete(roomId);
        if (room.inService()) {
            if (!force) {
                checks.applyReduction(hotel, room.roomTypeId(), outageDates);
            }
            capacity.roomMoved(hotel, room.roomTypeId(), outageDates, force);
        }
        return capacity.status(hotelId, room.roomTypeId());
    }
}
