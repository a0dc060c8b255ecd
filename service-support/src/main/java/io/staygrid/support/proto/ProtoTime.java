package io.staygrid.support.proto;

import com.google.protobuf.Timestamp;
import com.google.type.Date;
import io.staygrid.support.error.DomainException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/** {@code google.type.Date} and {@code google.protobuf.Timestamp} to and from java.time. */
public final class ProtoTime {

    private ProtoTime() {
    }

    public static Date toProto(LocalDate date) {
        return Date.newBuilder().setYear(date.getYear()).setMonth(date.getMonthValue()).setDay(date.getDayOfMonth()).build();
    }

    /** The years a google.type.Date may carry (its documented range). */
    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 9999;

    /**
     * A full calendar date of years 1 to 9999; a missing, partial, impossible or out-of-range date is
     * {@code INVALID_ARGUMENT} (INVALID_DATE) naming the field.
     */
    public static LocalDate toLocalDate(Date date, String field) {
        try {
            if (date.getYear() == 0 || date.getMonth() == 0 || date.getDay() == 0) {
                throw new DateTimeException("year, month and day are all required");
            }
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                // google.type.Date's own range; PostgreSQL and java.time would take more, then fail further down.
                throw new DateTimeException("the year must be from " + MIN_YEAR + " to " + MAX_YEAR);
            }
            return LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
        } catch (DateTimeException e) {
            throw DomainException.invalidField("INVALID_DATE", field,
                    field + " must be a full calendar date: " + e.getMessage());
        }
    }

    /** Whether the caller set the date at all (proto3 gives an all-zero default). */
    public static boolean isSet(Date date) {
        return date.getYear() != 0 || date.getMonth() != 0 || date.getDay() != 0;
    }

    public static Timestamp toProto(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    public static Instant toInstant(Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
