package io.staygrid.hotel.service;

import io.staygrid.hotel.domain.CapacityStatus;
import io.staygrid.hotel.domain.CatalogErrors;
import io.staygrid.hotel.domain.DateRange;
import io.staygrid.hotel.domain.Hotel;
import io.staygrid.hotel.domain.OutageRules;
import io.staygrid.hotel.domain.Room;
import io.staygrid.hotel.domain.RoomOutage;
import io.staygrid.hotel.domain.Text;
import io.staygrid.hotel.repository.OutageRepository;
import io.staygrid.support.paging.Page;
import io.staygrid.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Maintenance windows of rooms; they lower their room type's capacity on their dates only. */
@ApplicationScoped
public class OutageCatalog {

    /** An outage and its room type's capacity state after the change. */
    public record Created(RoomOutage outage, CapacityStatus capacity) {
    }

    private final OutageRepository outages;
    private final Lookups lookups;
    private final CapacityChanges capacity;
    private final CapacityChecks checks;
    private final Clock clock;

    public OutageCatalog(OutageRepository outages, Lookups lookups, CapacityChanges capacity, CapacityChecks checks,
            Clock clock) {
        this.outages = outages;
        this.lookups = lookups;
        this.capacity = capacity;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional
    public Created create(long hotelId, long roomId, LocalDate start, LocalDate end, String reason, boolean force) {
        Hotel hotel = lookups.hotel(hotelId);
        OutageRules.check(start, end, capacity.today(hotel));
        String why = Text.checked(reason, "reason", 0, 500);
        Room room = lookups.lockRoom(hotelId, roomId);
        lookups.lockRoomType(hotelId, room.roomTypeId());
        RoomOutage created = outages.insert(new RoomOutage(0, hotelId, roomId, start, end, why, null), clock.instant());
        if (room.inService()) {
            if (!force) {
                checks.applyReduction(hotel, room.roomTypeId(), List.of(new DateRange(start, end)));
            }
            capacity.outOfServiceChanged(hotelId, room.roomTypeId(), start, end, force);
        }
        return new Created(created, capacity.status(hotelId, room.roomTypeId()));
    }

    public Page<RoomOutage> list(long hotelId, long roomId, LocalDate from, LocalDate to, PageRequest page) {
        lookups.hotel(hotelId);
        if (roomId != 0) {
            lookups.room(hotelId, roomId);
        }
        String filters = "hotel=" + hotelId + ";room=" + roomId + ";from=" + from + ";to=" + to;
        String after = Paging.after(page, filters);
        LocalDate afterStart = null;
        long afterId = 0;
        if (!after.isEmpty()) {
            String[] parts = after.split(",");
            try {
                afterStart = LocalDate.parse(parts[0]);
                afterId = Long.parseLong(parts[1]);
            } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw Paging.badToken();
            }
        }
        return Paging.page(outages.list(hotelId, roomId, from, to, afterStart, afterId, page.size() + 1), page, filters,
                o -> o.startDate() + "," + o.id());
    }

    @Transactional
    public CapacityStatus delete(long hotelId, long roomId, long outageId) {
        Hotel hotel = lookups.hotel(hotelId);
        Room room = lookups.lockRoom(hotelId, roomId);
        RoomOutage outage = outages.find(hotelId, roomId, outageId).orElseThrow(() -> CatalogErrors.outageNotFound(outageId));
        outages.delete(outageId);
        LocalDate today = capacity.today(hotel);
        if (room.inService() && outage.endDate().isAfter(today)) {
            LocalDate from = outage.startDate().isBefore(today) ? today : outage.startDate();
            capacity.outOfServiceChanged(hotelId, room.roomTypeId(), from, outage.endDate(), false);
        }
        return capacity.status(hotelId, room.roomTypeId());
    }
}
