package io.staygrid.hotel.service;

import io.staygrid.hotel.domain.CapacityStatus;
import io.staygrid.hotel.domain.Hotel;
import io.staygrid.hotel.domain.RoomOutage;
import io.staygrid.hotel.repository.CapacityOutboxRepository;
import io.staygrid.hotel.repository.OutageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Writes capacity changes to the outbox in the caller's transaction, for the relay to deliver. */
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
        roomsChanged(hotel.id(), roomTypeId);
    }

    /** The rooms in service of a room type changed (or it was deleted: then 0 is delivered). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void roomsChanged(long hotelId, long roomTypeId) {
        outbox.recordRoomsChange(hotelId, roomTypeId);
        changed.fire(new CapacityChanged(roomTypeId));
    }

    /**
     * A room joined or left the in-service rooms of a room type: its count changes, and so do the
     * out-of-service counts on the dates of the room's outages.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void roomMoved(Hotel hotel, long roomId, long roomTypeId) {
        roomsChanged(hotel.id(), roomTypeId);
        for (RoomOutage o : outages.currentOfRoom(roomId, today(hotel))) {
            outbox.recordOutOfServiceChange(hotel.id(), roomTypeId, o.startDate(), o.endDate());
        }
    }

    /** The out-of-service count of a room type changed on [start, end). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void outOfServiceChanged(long hotelId, long roomTypeId, LocalDate start, LocalDate end) {
        outbox.recordOutOfServiceChange(hotelId, roomTypeId, start, end);
        changed.fire(new CapacityChanged(roomTypeId));
    }

    public CapacityStatus status(long hotelId, long roomTypeId) {
        return outbox.status(hotelId, roomTypeId);
    }

    public LocalDate today(Hotel hotel) {
        return LocalDate.now(clock.withZone(ZoneId.of(hotel.timeZone())));
    }
}
