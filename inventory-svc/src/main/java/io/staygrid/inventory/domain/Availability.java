package io.staygrid.inventory.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The availability of one room type over a range: the minimum over the nights, the nights, and whether
 * {@code rooms} could be held now. {@code today} (the hotel's) decides which nights can still be sold.
 */
public record Availability(long roomTypeId, int availableRooms, List<Night> nights, boolean bookable, LocalDate today) {

    public static Availability of(long roomTypeId, List<Night> nights, LocalDate today, int rooms) {
        int min = nights.stream().mapToInt(n -> n.available(today)).min().orElse(0);
        LocalDate first = nights.get(0).date();
        LocalDate end = nights.get(nights.size() - 1).date().plusDays(1);
        boolean inHorizon = !first.isBefore(today) && !end.isAfter(Horizon.end(today));
        return new Availability(roomTypeId, min, nights, inHorizon && min >= rooms, today);
    }
}
