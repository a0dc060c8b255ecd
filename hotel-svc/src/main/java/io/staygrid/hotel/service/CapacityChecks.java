package io.staygrid.hotel.service;

import io.staygrid.hotel.client.InventoryClient;
import io.staygrid.hotel.domain.Hotel;
import io.staygrid.hotel.domain.OutOfServiceCounts;
import io.staygrid.hotel.domain.OutOfServiceCounts.Segment;
import io.staygrid.hotel.domain.OutageRules;
import io.staygrid.hotel.domain.Room;
import io.staygrid.hotel.domain.RoomOutage;
import io.staygrid.hotel.repository.OutageRepository;
import io.staygrid.hotel.repository.RoomRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks inventory-svc (validate_only) whether a capacity reduction would leave fewer sellable rooms than
 * already sold. Called with the room type locked, so no other catalog change of it slips in between.
 */
@ApplicationScoped
public class CapacityChecks {

    private final InventoryClient inventory;
    private final RoomRepository rooms;
    private final OutageRepository outages;
    private final CapacityChanges changes;

    public CapacityChecks(InventoryClient inventory, RoomRepository rooms, OutageRepository outages, CapacityChanges changes) {
        this.inventory = inventory;
        this.rooms = rooms;
        this.outages = outages;
        this.changes = changes;
    }

    /** An in-service room is about to leave the room type. */
    public void checkRoomLeaves(Hotel hotel, long roomTypeId) {
        int remaining = (int) rooms.countInService(roomTypeId) - 1;
        inventory.checkRooms(hotel.id(), roomTypeId, hotel.timeZone(), Math.max(0, remaining));
    }

    /** An in-service room is about to get an outage on [start, end): check the dates where the count rises. */
    public void checkOutageAdded(Hotel hotel, Room room, LocalDate start, LocalDate end) {
        LocalDate today = changes.today(hotel);
        LocalDate from = start.isBefore(today) ? today : start;
        LocalDate horizonEnd = today.plusDays(OutageRules.HORIZON_DAYS);
        LocalDate to = end.isAfter(horizonEnd) ? horizonEnd : end;
        if (!from.isBefore(to)) {
            return;
        }
        List<RoomOutage> current = outages.ofInServiceRooms(room.roomTypeId(), from, to);
        List<RoomOutage> withNew = new ArrayList<>(current);
        withNew.add(new RoomOutage(0, hotel.id(), room.id(), from, to, "", null));
        List<Segment> before = OutOfServiceCounts.segments(current, from, to);
        List<Segment> after = OutOfServiceCounts.segments(withNew, from, to);
        LocalDate runStart = null;
        int runRooms = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            boolean rises = d.isBefore(to) && countOn(after, d) > countOn(before, d);
            int rooms = rises ? countOn(after, d) : 0;
            if (runStart != null && (!rises || rooms != runRooms)) {
                inventory.checkOutOfService(hotel.id(), room.roomTypeId(), runStart, d, runRooms);
                runStart = null;
            }
            if (rises && runStart == null) {
                runStart = d;
                runRooms = rooms;
            }
        }
    }

    private static int countOn(List<Segment> segments, LocalDate date) {
        for (Segment s : segments) {
            if (!date.isBefore(s.start()) && date.isBefore(s.end())) {
                return s.rooms();
            }
        }
        return 0;
    }
}
