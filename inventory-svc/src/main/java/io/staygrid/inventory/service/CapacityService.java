package io.staygrid.inventory.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.staygrid.inventory.config.InventoryConfig;
import io.staygrid.inventory.domain.CapacityChange;
import io.staygrid.inventory.domain.DateRules;
import io.staygrid.inventory.domain.Horizon;
import io.staygrid.inventory.domain.OverbookingPolicy;
import io.staygrid.inventory.domain.RoomTypeCapacity;
import io.staygrid.inventory.repository.CapacityRepository;
import io.staygrid.inventory.repository.CapacityRepository.Scope;
import io.staygrid.inventory.repository.CapacityRepository.Shortfall;
import io.staygrid.inventory.repository.HotelRepository;
import io.staygrid.inventory.repository.HotelRow;
import io.staygrid.inventory.repository.InventoryRepository;
import io.staygrid.inventory.repository.RoomTypeRepository;
import io.staygrid.inventory.repository.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Capacity changes from hotel-svc (rooms in service, maintenance windows) and the overbooking policy from
 * staff. Each locks the hotel row, then the room type, then the nights in (room type, date) order; refuses
 * to push a night's limit under its reserved rooms unless forced; validate_only runs it all and rolls back.
 */
@ApplicationScoped
public class CapacityService {

    private final HotelRepository hotels;
    private final RoomTypeRepository roomTypes;
    private final InventoryRepository inventory;
    private final CapacityRepository capacity;
    private final Sql sql;
    private final Clock clock;
    private final InventoryConfig config;
    private final InventoryProbe probe;

    public CapacityService(HotelRepository hotels, RoomTypeRepository roomTypes, InventoryRepository inventory,
                           CapacityRepository capacity, Sql sql, Clock clock, InventoryConfig config, InventoryProbe probe) {
        this.hotels = hotels;
        this.roomTypes = roomTypes;
        this.inventory = inventory;
        this.capacity = capacity;
        this.sql = sql;
        this.clock = clock;
        this.config = config;
        this.probe = probe;
    }

    @Transactional
    public CapacityChange setRooms(long hotelId, long roomTypeId, String timeZone, int rooms, boolean force,
                                   boolean validateOnly) {
        Instant now = begin();
        HotelRow hotel = hotels.lockWithTimeZone(hotelId, timeZone, now);
        LocalDate today = Horizon.today(now, timeZone);
        RoomTypeCapacity roomType = roomTypes.upsert(hotelId, roomTypeId, rooms, now);
        Scope scope = Scope.allDates(hotelId, roomTypeId, today, Horizon.end(today), hotel.percent());
        recompute(scope, force, now);
        return finish(validateOnly, new CapacityChange(roomType, capacity.overbookedDates(hotelId, roomTypeId, today)));
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
        recompute(new Scope(hotelId, roomTypeId, start, end, hotel.percent(), start, end, rooms), force, now);
        RoomTypeCapacity roomType = roomTypes.find(hotelId, roomTypeId).orElseThrow();
        return finish(validateOnly, new CapacityChange(roomType, capacity.overbookedDates(hotelId, roomTypeId, today)));
    }

    /** Returns the policy in effect and how many nights from today are overbooked after the change. */
    @Transactional
    public PolicyChange setPolicy(long hotelId, int percent, boolean force, boolean validateOnly) {
        Instant now = begin();
        HotelRow hotel = hotels.lockWithPercent(hotelId, percent, now);
        if (hotel.timeZone() == null) {
            return finish(validateOnly, new PolicyChange(hotel.policy(), 0));
        }
        LocalDate today = Horizon.today(now, hotel.timeZone());
        recompute(Scope.allDates(hotelId, 0, today, Horizon.end(today), percent), force, now);
        probe.reached(InventoryProbe.Point.POLICY_PROGRESS, hotelId);
        return finish(validateOnly, new PolicyChange(hotel.policy(), capacity.overbookedCount(hotelId, today)));
    }

    public OverbookingPolicy policy(long hotelId) {
        return hotels.find(hotelId).map(HotelRow::policy).orElse(OverbookingPolicy.defaultFor(hotelId));
    }

    /** The result of UpdateOverbookingPolicy. */
    public record PolicyChange(OverbookingPolicy policy, int overbookedNights) {
    }

    private Instant begin() {
        sql.setLockTimeout(config.lockTimeout().toMillis());
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** validate_only: everything ran, so the answer is exact; rolling back writes nothing. */
    private static <T> T finish(boolean validateOnly, T result) {
        if (validateOnly) {
            QuarkusTransaction.setRollbackOnly();
        }
        return result;
    }

    private void recompute(Scope scope, boolean force, Instant now) {
        capacity.lock(scope);
        probe.reached(InventoryProbe.Point.CHANGE_NIGHTS_LOCKED, scope.hotelId());
        // Missing nights are later than every locked one, so adding them keeps the lock order. Always
        // extended (the whole hotel for a policy change): nights a hold is inserting right now, with a sell
        // limit read before this change, conflict with ours, so we wait for them and recompute them below.
        inventory.extend(scope.hotelId(), scope.roomTypeId(), now);
        Shortfall shortfall = capacity.shortfall(scope);
        if (shortfall.nights() > 0 && !force) {
            throw Errors.capacityBelowReserved(shortfall.nights(), shortfall.firstDate());
        }
        probe.reached(InventoryProbe.Point.CHANGE_CHECKED, scope.hotelId());
        capacity.apply(scope);
    }
}
