package io.staygrid.hotel.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.staygrid.hotel.client.InventoryClient;
import io.staygrid.hotel.domain.DateRange;
import io.staygrid.hotel.domain.Hotel;
import io.staygrid.hotel.repository.CapacityOutboxRepository;
import io.staygrid.hotel.repository.CapacityOutboxRepository.Change;
import io.staygrid.hotel.service.CapacitySnapshots.Snapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a capacity reduction nobody forced in inventory-svc, unforced, inside the catalog transaction that makes it:
 * after the catalog change is written (so the values sent include it), with the room type and its sync row locked (so
 * no relay delivery of the older catalog can interleave), and before it commits. A hold lands in inventory either
 * before (the reduction is refused and nothing changes) or after it (and sees the lower capacity). A resync request
 * committed first makes the relay restore inventory if the catalog change then rolls back: inventory may understate
 * capacity for a moment, never overstate it.
 */
@ApplicationScoped
public class CapacityChecks {

    private final InventoryClient inventory;
    private final CapacityOutboxRepository outbox;
    private final CapacitySnapshots snapshots;

    public CapacityChecks(InventoryClient inventory, CapacityOutboxRepository outbox, CapacitySnapshots snapshots) {
        this.inventory = inventory;
        this.outbox = outbox;
        this.snapshots = snapshots;
    }

    /**
     * Refuses with CAPACITY_BELOW_RESERVED (sold out) or INVENTORY_UNAVAILABLE; the caller's transaction must then roll
     * back. {@code changed} are the dates whose out-of-service counts the change alters.
     */
    public void applyReduction(Hotel hotel, long roomTypeId, List<DateRange> changed) {
        outbox.ensureSyncRow(hotel.id(), roomTypeId, hotel.timeZone());
        outbox.lockForChange(roomTypeId).orElseThrow();
        QuarkusTransaction.requiringNew().run(() -> outbox.requestResync(hotel.id(), roomTypeId));
        // Changes not delivered yet go along: inventory must not get this room count without their dates.
        List<DateRange> dates = new ArrayList<>(changed);
        for (Change c : outbox.pending(roomTypeId)) {
            c.dates().ifPresent(dates::add);
        }
        Snapshot snapshot = snapshots.of(roomTypeId, true, hotel.timeZone(), dates);
        inventory.applyUnforced(hotel.id(), roomTypeId, hotel.timeZone(), snapshot.rooms(), snapshot.segments());
    }
}
