package io.staygrid.inventory.service;

import io.staygrid.inventory.domain.Night;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.inventory.repository.InventoryRepository;
import io.staygrid.support.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Takes and gives back the rooms of a stay inside the caller's transaction: locks the stay's nights in date
 * order, checks every night, then changes them all. Called with the hold row already locked (hold row first,
 * then nights in date order: the lock order every writer follows).
 */
@ApplicationScoped
public class RoomLedger {

    private final InventoryRepository inventory;
    private final InventoryProbe probe;

    @Inject
    public RoomLedger(InventoryRepository inventory, InventoryProbe probe) {
        this.inventory = inventory;
        this.probe = probe;
    }

    /** Outside CDI (the benchmarks wire the hold path by hand): nothing observes it. */
    public RoomLedger(InventoryRepository inventory) {
        this(inventory, new InventoryProbe.None());
    }

    /** Takes the rooms on every night or throws {@code whenShort} of the short nights, having changed nothing. */
    public void take(Stay stay, Instant now, Function<List<LocalDate>, DomainException> whenShort) {
        List<Night> nights = lockAll(stay, now);
        probe.reached(InventoryProbe.Point.HOLD_NIGHTS_LOCKED, stay.hotelId());
        List<LocalDate> shortNights = nights.stream()
                .filter(n -> n.totalReserved() + stay.rooms() > n.sellLimit())
                .map(Night::date)
                .toList();
        if (!shortNights.isEmpty()) {
            throw whenShort.apply(shortNights);
        }
        inventory.addReserved(stay.hotelId(), stay.roomTypeId(), stay.startDate(), stay.endDate(), stay.rooms());
        probe.reached(InventoryProbe.Point.ROOMS_TAKEN, stay.hotelId());
    }

    public void giveBack(Stay stay, Instant now) {
        lockAll(stay, now);
        inventory.addReserved(stay.hotelId(), stay.roomTypeId(), stay.startDate(), stay.endDate(), -stay.rooms());
    }

    private List<Night> lockAll(Stay stay, Instant now) {
        List<Night> nights = inventory.lockNights(stay.hotelId(), stay.roomTypeId(), stay.startDate(), stay.endDate());
        if (nights.size() < stay.nights()) {
            // The horizon job has not yet added the newest day (the hotel's midnight just passed): add it now.
            // Missing rows are all later than the locked ones, so date order still holds.
            inventory.extend(stay.hotelId(), stay.roomTypeId(), now);
            nights = inventory.lockNights(stay.hotelId(), stay.roomTypeId(), stay.startDate(), stay.endDate());
            if (nights.size() < stay.nights()) {
                throw new IllegalStateException("inventory rows missing for " + stay);
            }
        }
        return nights;
    }
}
