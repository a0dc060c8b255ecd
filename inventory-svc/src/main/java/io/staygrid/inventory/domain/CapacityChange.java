package io.staygrid.inventory.domain;

import java.time.LocalDate;
import java.util.List;

/** The outcome of a capacity or maintenance change: the capacity now, and the nights left overbooked. */
public record CapacityChange(RoomTypeCapacity capacity, List<LocalDate> overbookedDates) {
}
