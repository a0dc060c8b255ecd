package io.staygrid.pricing.mapping;

import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.pricing.domain.RateOverride;
import io.staygrid.pricing.repository.RateOverrideRepository.Cursor;
import io.staygrid.support.paging.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Keyset cursors of the list RPCs. Each starts with the filters it was issued for, so a token replayed
 * with other filters is refused instead of silently skipping rows.
 */
public final class Cursors {

    private Cursors() {
    }

    public static String baseRateCursor(long hotelId, BaseRate last) {
        return "br:" + hotelId + ":" + last.roomTypeId();
    }

    /** The room type id after which the page starts (0 for the first page). */
    public static long afterRoomType(PageRequest page, long hotelId) {
        if (page.first()) {
            return 0;
        }
        String prefix = "br:" + hotelId + ":";
        try {
            if (page.cursor().startsWith(prefix)) {
                return Long.parseLong(page.cursor().substring(prefix.length()));
            }
        } catch (NumberFormatException e) {
            // Falls through: not a token of this list.
        }
        throw Inputs.foreignToken();
    }

    public static String overrideFilters(long hotelId, long roomTypeId, LocalDate from, LocalDate to) {
        return "ro:" + hotelId + ":" + roomTypeId + ":" + from + ":" + to + "|";
    }

    public static String overrideCursor(String filters, RateOverride last) {
        Instant t = last.createTime().truncatedTo(ChronoUnit.MICROS);
        return filters + last.dates().start() + "|" + t.getEpochSecond() + "|" + t.getNano() + "|" + last.id();
    }

    public static Optional<Cursor> afterOverride(PageRequest page, String filters) {
        if (page.first()) {
            return Optional.empty();
        }
        if (page.cursor().startsWith(filters)) {
            String[] parts = page.cursor().substring(filters.length()).split("\\|");
            try {
                if (parts.length == 4) {
                    return Optional.of(new Cursor(LocalDate.parse(parts[0]),
                            Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                            UUID.fromString(parts[3])));
                }
            } catch (RuntimeException e) {
                // Falls through: not a token of this list.
            }
        }
        throw Inputs.foreignToken();
    }
}
