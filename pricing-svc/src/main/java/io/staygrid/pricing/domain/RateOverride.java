package io.staygrid.pricing.domain;

import io.staygrid.support.money.Amount;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A nightly rate replacing the base rate on the dates of {@code dates} whose weekday is in
 * {@code daysOfWeek} (empty = every day), for one room type or, with room type 0, for all of them.
 */
public record RateOverride(UUID id, long hotelId, long roomTypeId, String name, DateRange dates,
                           Set<DayOfWeek> daysOfWeek, Amount nightlyRate, Instant createTime) {

    /** The room type id meaning "every room type of the hotel". */
    public static final long EVERY_ROOM_TYPE = 0;

    public RateOverride {
        daysOfWeek = daysOfWeek.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(daysOfWeek));
    }

    public boolean isHotelWide() {
        return roomTypeId == EVERY_ROOM_TYPE;
    }

    public boolean covers(LocalDate date, long forRoomType) {
        return (isHotelWide() || roomTypeId == forRoomType)
                && dates.contains(date)
                && appliesOn(date.getDayOfWeek());
    }

    /** The nights of the range whose weekday matches: the "size" used by the precedence rules. */
    public int coveredNights() {
        return countCoveredNights(dates, daysOfWeek);
    }

    public static int countCoveredNights(DateRange dates, Set<DayOfWeek> daysOfWeek) {
        if (daysOfWeek.isEmpty()) {
            return dates.nights();
        }
        return (int) dates.start().datesUntil(dates.end())
                .filter(d -> daysOfWeek.contains(d.getDayOfWeek()))
                .count();
    }

    private boolean appliesOn(DayOfWeek day) {
        return daysOfWeek.isEmpty() || daysOfWeek.contains(day);
    }
}
