package io.staygrid.inventory.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of a capacity or maintenance change: the capacity now, the nights left overbooked, and the hotel's
 * today the change was made for (its horizon tells the caller which dates it covered).
 */
public record CapacityChange(RoomTypeCapacity capacity, List<LocalDate> overbookedDates, LocalDate today) {
}
