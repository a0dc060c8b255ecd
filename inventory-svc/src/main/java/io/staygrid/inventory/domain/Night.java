package io.staygrid.inventory.domain;

import java.time.LocalDate;

/** The inventory of one room type on one night; all zero for a night with no row. */
public record Night(long roomTypeId, LocalDate date, int totalInventory, int outOfService, int sellLimit,
                    int totalReserved) {

    /** Rooms still sellable that night: never negative, and nothing before today. */
    public int available(LocalDate today) {
        return date.isBefore(today) ? 0 : Math.max(0, sellLimit - totalReserved);
    }

    public int overbookedRooms() {
        return totalReserved - sellLimit;
    }
}
