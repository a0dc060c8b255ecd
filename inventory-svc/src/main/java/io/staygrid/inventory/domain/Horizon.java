package io.staygrid.inventory.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" in a hotel's time zone and the 730 nights from it that have inventory rows. */
public final class Horizon {

    /** Nights from today (included) that have rows; the horizon end, an exclusive check-out day, is today + this. */
    public static final int NIGHTS = 730;

    private Horizon() {
    }

    public static LocalDate today(Instant now, String timeZone) {
        return LocalDate.ofInstant(now, ZoneId.of(timeZone));
    }

    public static LocalDate today(Clock clock, String timeZone) {
        return today(clock.instant(), timeZone);
    }

    /** The latest allowed exclusive end date (check-out day) for a hotel whose today is given. */
    public static LocalDate end(LocalDate today) {
        return today.plusDays(NIGHTS);
    }
}
