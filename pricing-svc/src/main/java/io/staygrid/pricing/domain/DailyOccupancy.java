package io.staygrid.pricing.domain;

import java.time.LocalDate;

/** How full one room type is on one night, as inventory-svc reports it. */
public record DailyOccupancy(LocalDate date, int totalInventory, int totalReserved) {

    /**
     * floor(reserved x 10000 / inventory), raised to at least 10001 when more rooms are reserved than
     * exist so an overbooked night always reaches the overbooked tier; with no inventory it is 0 if
     * nothing is reserved and 10001 otherwise.
     */
    public int basisPoints() {
        if (totalReserved <= 0) {
            return 0;
        }
        if (totalInventory <= 0) {
            return 10_001;
        }
        long bp = (long) totalReserved * 10_000L / totalInventory;
        if (totalReserved > totalInventory) {
            bp = Math.max(bp, 10_001L);
        }
        return (int) Math.min(bp, Integer.MAX_VALUE);
    }
}
