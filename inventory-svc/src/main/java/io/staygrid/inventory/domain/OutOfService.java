package io.staygrid.inventory.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rooms out of service (maintenance) on every date of [start, end): an absolute count that replaces earlier ones. */
public record OutOfService(LocalDate start, LocalDate end, int rooms) {

    /** The most segments one change may carry: one per night of the horizon. */
    public static final int MAX_SEGMENTS = Horizon.NIGHTS;

    /** The part of this segment inside [from, to), if any: dates outside inventory's rows are ignored, not refused. */
    public Optional<OutOfService> clip(LocalDate from, LocalDate to) {
        LocalDate s = start.isBefore(from) ? from : start;
        LocalDate e = end.isAfter(to) ? to : end;
        return s.isBefore(e) ? Optional.of(new OutOfService(s, e, rooms)) : Optional.empty();
    }

    public static List<OutOfService> clip(List<OutOfService> segments, LocalDate from, LocalDate to) {
        return segments.stream().flatMap(s -> s.clip(from, to).stream()).toList();
    }
}
