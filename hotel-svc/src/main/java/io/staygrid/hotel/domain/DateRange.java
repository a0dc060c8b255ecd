package io.staygrid.hotel.domain;

import java.time.LocalDate;

/** A half-open range of dates [start, end) whose out-of-service counts changed. */
public record DateRange(LocalDate start, LocalDate end) {
}
