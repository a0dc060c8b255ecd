package io.staygrid.inventory.service;

import io.staygrid.inventory.repository.CapacityRepository;
import io.staygrid.inventory.repository.CapacityRepository.Scope;
import io.staygrid.inventory.repository.CapacityRepository.Shortfall;
import io.staygrid.inventory.repository.InventoryRepository;
import io.staygrid.inventory.service.InventoryProbe.Point;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Recomputes one room type's nights inside the caller's transaction, after the room type row was locked and its
 * new rooms, percent or out-of-service counts were set: lock the nights, add the missing ones, check, write.
 */
@ApplicationScoped
public class Recompute {

    private final InventoryRepository inventory;
    private final CapacityRepository capacity;
    private final InventoryProbe probe;

    public Recompute(InventoryRepository inventory, CapacityRepository capacity, InventoryProbe probe) {
        this.inventory = inventory;
        this.capacity = capacity;
        this.probe = probe;
    }

    /** Refuses (CAPACITY_BELOW_RESERVED, nothing written) a limit lowered under its reserved rooms unless forced. */
    public void run(Scope scope, boolean force, Instant now) {
        capacity.lock(scope);
        probe.reached(Point.CHANGE_NIGHTS_LOCKED, scope.hotelId());
        // Missing nights are later than every locked one, so adding them keeps the lock order. A night a hold
        // inserted meanwhile (with the old limit) conflicts with ours: we wait for that hold, then lock it below.
        inventory.extend(scope.hotelId(), scope.roomTypeId(), now);
        // Again: nights committed by holds since the first lock are locked now, so no hold can take them between
        // the check and the write (their dates are later than the first lock's, so the order still holds).
        capacity.lock(scope);
        Shortfall shortfall = capacity.shortfall(scope);
        if (shortfall.nights() > 0 && !force) {
            throw Errors.capacityBelowReserved(shortfall.nights(), shortfall.firstDate());
        }
        probe.reached(Point.CHANGE_CHECKED, scope.hotelId());
        capacity.apply(scope);
    }
}
