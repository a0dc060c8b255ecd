package io.staygrid.edge.rest;

import com.google.type.Date;
import io.staygrid.edge.error.ProblemException;
import io.staygrid.edge.mapping.ProtoValues;
import io.staygrid.support.proto.ProtoTime;
import java.time.LocalDate;
import java.util.Optional;
import java.time.format.DateTimeParseException;

/**
 * Query parameters arrive as strings and are parsed here, so a bad value is a 400 problem naming
 * the parameter (JAX-RS would answer 404 for an unconvertible query parameter).
 */
public final class Params {

    private Params() {
    }

    /** An optional ISO date (yyyy-mm-dd); null when absent. */
    public static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("INVALID_DATE", name, name + " must be an ISO date (yyyy-mm-dd) that exists");
        }
        if (date.getYear() < ProtoTime.MIN_YEAR || date.getYear() > ProtoTime.MAX_YEAR) {
            throw ProblemException.invalidField("INVALID_DATE", name, name + " must be a date of the years "
                    + ProtoTime.MIN_YEAR + " to " + ProtoTime.MAX_YEAR);
        }
        return date;
    }

    /** An optional ISO date as a {@code google.type.Date}, for optional date filters of list requests. */
    public static Optional<Date> protoDate(String value, String name) {
        return Optional.ofNullable(date(value, name)).map(ProtoValues::date);
    }

    /** A required ISO date. */
    public static LocalDate requiredDate(String value, String name) {
        LocalDate date = date(value, name);
        if (date == null) {
            throw ProblemException.invalidField("MISSING_PARAMETER", name, name + " is required");
        }
        return date;
    }

    /** An optional whole number; 0 when absent. */
    public static int integer(String value, String name) {
        return (int) number(value, name, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** An optional id or count; 0 when absent. */
    public static long longValue(String value, String name) {
        return number(value, name, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** pageSize: absent means the service default (50); the services cap it at 200. */
    public static int pageSize(String value) {
        return integer(value, "pageSize");
    }

    /** An optional boolean ("true" or "false"); false when absent. */
    public static boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField("INVALID_PARAMETER", name, name + " must be true or false");
        };
    }

    public static String token(String value) {
        return value == null ? "" : value;
    }

    private static long number(String value, String name, long min, long max) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("INVALID_PARAMETER", name, name + " must be a whole number");
        }
    }
}
