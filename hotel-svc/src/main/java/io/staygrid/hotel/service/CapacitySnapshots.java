package io.staygrid.hotel.service;

import io.staygrid.hotel.domain.DateRange;
import io.staygrid.hotel.domain.OutOfServiceCounts;
import io.staygrid.hotel.domain.OutOfServiceCounts.Segment;
import io.staygrid.hotel.domain.OutageRules;
import io.staygrid.hotel.repository.OutageRepository;
import io.staygrid.hotel.repository.RoomRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What inventory-svc should hold for a room type, read from the catalog as the caller's transaction sees it: the
 * rooms in service and the out-of-service counts over the dates that changed (clipped to [today, horizon end)).
 */
@ApplicationScoped
public class CapacitySnapshots {

    /** The values to send; {@code to} is the exclusive end of the dates the segments cover (null: none). */
    public record Snapshot(int rooms, List<Segment> segments, LocalDate to) {
    }

    private final RoomRepository rooms;
    private final OutageRepository outages;
    private final Clock clock;

    public CapacitySnapshots(RoomRepository rooms, OutageRepository outages, Clock clock) {
        this.rooms = rooms;
        this.outages = outages;
        this.clock = clock;
    }

    /** A deleted room type has no rooms and nothing out of service. */
    public Snapshot of(long roomTypeId, boolean exists, String timeZone, List<DateRange> changed) {
        if (!exists) {
            return new Snapshot(0, List.of(), null);
        }
        int inService = (int) rooms.countInService(roomTypeId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
        LocalDate from = null;
        LocalDate to = null;
        for (DateRange r : changed) {
            from = from == null || r.start().isBefore(from) ? r.start() : from;
            to = to == null || r.end().isAfter(to) ? r.end() : to;
        }
        if (from == null) {
            return new Snapshot(inService, List.of(), null);
        }
        from = from.isBefore(today) ? today : from;
        LocalDate horizonEnd = today.plusDays(OutageRules.HORIZON_DAYS);
        to = to.isAfter(horizonEnd) ? horizonEnd : to;
        if (!from.isBefore(to)) {
            return new Snapshot(inService, List.of(), null);
        }
        return new Snapshot(inService, OutOfServiceCounts.segments(outages.ofInServiceRooms(roomTypeId, from, to), from, to), to);
    }
}
