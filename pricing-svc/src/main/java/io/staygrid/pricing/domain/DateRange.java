package io.staygrid.pricing.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** A half-open range of nights [start, end): end is the check-out day, not a night. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
    }

    public int nights() {
        return (int) ChronoUnit.DAYS.between(start, end);
    }

    public List<LocalDate> dates() {
        return start.datesUntil(end).toList();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }
}
