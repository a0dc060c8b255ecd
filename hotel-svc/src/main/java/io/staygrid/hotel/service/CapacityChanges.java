package io.staygrid.hotel.service;

import io.staygrid.hotel.domain.CapacityStatus;
import io.staygrid.hotel.domain.DateRange;
import io.staygrid.hotel.domain.Hotel;
import io.staygrid.hotel.repository.CapacityOutboxRepository;
import io.staygrid.hotel.repository.OutageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes capacity changes to the outbox in the caller's transaction, for the relay to deliver. {@code force} marks a
 * change staff forced: only such a change is ever delivered forced.
 */
@ApplicationScoped
public class CapacityChanges {

    private final CapacityOutboxRepository outbox;
    private final OutageRepository outages;
    private final Event<CapacityChanged> changed;
    private final Clock clock;

    public CapacityChanges(CapacityOutboxRepository outbox, OutageRepository outages, Event<CapacityChanged> changed,
            Clock clock) {
        this.outbox = outbox;
        this.outages = outages;
        this.changed = changed;
        this.clock = clock;
    }

    /** A new room type: inventory gets it with capacity 0. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void roomTypeCreated(Hotel hotel, long roomTypeId) {
        outbox.ensureSyncRow(hotel.id(), roomTypeId, hotel.timeZone());
        roomsChanged(hotel.id(), roomTypeId, false);
    }

    /** The rooms in service of a room type changed (or it was deleted: then 0 is delivered). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void roomsChanged(long hotelId, long roomTypeId, boolean force) {
        outbox.recordRoomsChange(hotelId, roomTypeId, force);
        changed.fire(new CapacityChanged(roomTypeId));
    }

    /**
     * A room joined or left the in-service rooms of a room type: its count changes, and so do the out-of-service
     * counts on the dates of the room's outages ({@link #outageDatesOf}, read before the room changed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void roomMoved(Hotel hotel, long roomTypeId, List<DateRange> outageDates, boolean force) {
        roomsChanged(hotel.id(), roomTypeId, force);
        for (DateRange d : outageDates) {
            outbox.recordOutOfServiceChange(hotel.id(), roomTypeId, d.start(), d.end(), force);
        }
    }

    /** The out-of-service count of a room type changed on [start, end). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void outOfServiceChanged(long hotelId, long roomTypeId, LocalDate start, LocalDate end, boolean force) {
        outbox.recordOutOfServiceChange(hotelId, roomTypeId, start, end, force);
        changed.fire(new CapacityChanged(roomTypeId));
    }

    /** The dates of the room's outages that are not over yet. */
    public List<DateRange> outageDatesOf(Hotel hotel, long roomId) {
        return outages.currentOfRoom(roomId, today(hotel)).stream().map(o -> new DateRange(o.startDate(), o.endDate())).toList();
    }

    public CapacityStatus status(long hotelId, long roomTypeId) {
        return outbox.status(hotelId, roomTypeId);
    }

    public LocalDate today(Hotel hotel) {
        return LocalDate.now(clock.withZone(ZoneId.of(hotel.timeZone())));
    }
}
