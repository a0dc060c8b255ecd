package io.staygrid.inventory.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.staygrid.inventory.domain.CapacityChange;
import io.staygrid.inventory.domain.DateRules;
import io.staygrid.inventory.domain.Horizon;
import io.staygrid.inventory.domain.OutOfService;
import io.staygrid.inventory.domain.RoomTypeCapacity;
import io.staygrid.inventory.repository.CapacityRepository;
import io.staygrid.inventory.repository.CapacityRepository.Scope;
import io.staygrid.inventory.repository.HotelRepository;
import io.staygrid.inventory.repository.HotelRow;
import io.staygrid.inventory.repository.RoomTypeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Capacity changes from hotel-svc (rooms in service, maintenance windows). Each locks the hotel row, then the room
 * type, then the nights in date order; refuses to push a night's limit under its reserved rooms unless forced;
 * validate_only runs it all and rolls back.
 */
@ApplicationScoped
public class CapacityService {

    private final HotelRepository hotels;
    private final RoomTypeRepository roomTypes;
    private final CapacityRepository capacity;
    private final Recompute recompute;
    private final Clock clock;

    public CapacityService(HotelRepository hotels, RoomTypeRepository roomTypes, CapacityRepository capacity,
                           Recompute recompute, Clock clock) {
        this.hotels = hotels;
        this.roomTypes = roomTypes;
        this.capacity = capacity;
        this.recompute = recompute;
        this.clock = clock;
    }

    /** Sets the rooms in service only. */
    public CapacityChange setRooms(long hotelId, long roomTypeId, String timeZone, int rooms, boolean force,
                                   boolean validateOnly) {
        return setRooms(hotelId, roomTypeId, timeZone, rooms, List.of(), force, validateOnly);
    }

    /**
     * Sets the rooms in service and the out-of-service counts of the segments' dates in one transaction, so the two
     * never reach the nights one without the other. Segment dates outside [today, horizon end) are ignored: the
     * caller's today may be behind or ahead of the hotel's today here around a midnight.
     */
    @Transactional
    public CapacityChange setRooms(long hotelId, long roomTypeId, String timeZone, int rooms, List<OutOfService> segments,
                                   boolean force, boolean validateOnly) {
        Instant now = begin();
        HotelRow hotel = hotels.lockWithTimeZone(hotelId, timeZone, now);
        LocalDate today = Horizon.today(now, timeZone);
        RoomTypeCapacity roomType = roomTypes.upsert(hotelId, roomTypeId, rooms, hotel.percent(), now);
        LocalDate end = Horizon.end(today);
        recompute.run(new Scope(hotelId, roomTypeId, today, end, null, OutOfService.clip(segments, today, end)), force, now);
        return finish(validateOnly, new CapacityChange(roomType, capacity.overbookedDates(hotelId, roomTypeId, today), today));
    }

    @Transactional
    public CapacityChange setOutOfService(long hotelId, long roomTypeId, LocalDate start, LocalDate end, int rooms,
                                          boolean force, boolean validateOnly) {
        DateRules.checkShape(DateRules.Kind.RANGE, start, end);
        Instant now = begin();
        HotelRow hotel = hotels.lock(hotelId).orElseThrow(() -> Errors.roomTypeNotFound(hotelId, roomTypeId));
        roomTypes.lock(hotelId, roomTypeId).orElseThrow(() -> Errors.roomTypeNotFound(hotelId, roomTypeId));
        LocalDate today = Horizon.today(now, hotel.timeZone());
        DateRules.checkAgainstToday(DateRules.Kind.RANGE, start, end, today, false);
        roomTypes.touch(hotelId, roomTypeId, now);
        recompute.run(new Scope(hotelId, roomTypeId, start, end, null, List.of(new OutOfService(start, end, rooms))), force, now);
        RoomTypeCapacity roomType = roomTypes.byId(hotelId, roomTypeId).orElseThrow();
        return finish(validateOnly, new CapacityChange(roomType, capacity.overbookedDates(hotelId, roomTypeId, today), today));
    }

    private Instant begin() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** validate_only: everything ran, so the answer is exact; rolling back writes nothing. */
    private static <T> T finish(boolean validateOnly, T result) {
        if (validateOnly) {
            QuarkusTransaction.setRollbackOnly();
        }
        return result;
    }
}
