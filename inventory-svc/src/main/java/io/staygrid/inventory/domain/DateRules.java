package io.staygrid.inventory.domain;

import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The stay rules (INVALID_STAY) and the date-range rules (INVALID_DATE_RANGE) of the contract. Checks that
 * need no time zone come first, so an unknown room type is reported only for a well-formed request.
 */
public final class DateRules {

    public static final int MAX_STAY_NIGHTS = 30;
    public static final int MAX_RANGE_NIGHTS = 366;
    public static final int MAX_ROOMS = 10;

    /** Which family of rules applies: a stay a guest books, or a read range / maintenance window. */
    public enum Kind {
        STAY("INVALID_STAY", MAX_STAY_NIGHTS, "TOO_MANY_NIGHTS"),
        RANGE("INVALID_DATE_RANGE", MAX_RANGE_NIGHTS, "RANGE_TOO_LONG");

        private final String reason;
        private final int maxNights;
        private final String tooLongRule;

        Kind(String reason, int maxNights, String tooLongRule) {
            this.reason = reason;
            this.maxNights = maxNights;
            this.tooLongRule = tooLongRule;
        }
    }

    private DateRules() {
    }

    /** start before end and not too long. */
    public static void checkShape(Kind kind, LocalDate start, LocalDate end) {
        if (!start.isBefore(end)) {
            throw violation(kind, "end_date", "START_NOT_BEFORE_END", "start_date must be before end_date");
        }
        if (ChronoUnit.DAYS.between(start, end) > kind.maxNights) {
            throw violation(kind, "end_date", kind.tooLongRule,
                    "the range may cover at most " + kind.maxNights + " nights");
        }
    }

    /** The rooms of a stay: 1..10. */
    public static void checkRooms(int rooms) {
        if (rooms < 1 || rooms > MAX_ROOMS) {
            throw violation(Kind.STAY, "rooms", "ROOMS_OUT_OF_RANGE", "rooms must be from 1 to " + MAX_ROOMS);
        }
    }

    /** Not after the horizon end, and (when the past is not allowed) not starting before today. */
    public static void checkAgainstToday(Kind kind, LocalDate start, LocalDate end, LocalDate today, boolean pastAllowed) {
        if (!pastAllowed && start.isBefore(today)) {
            throw violation(kind, "start_date", "START_IN_PAST", "start_date " + start + " is before today " + today);
        }
        if (end.isAfter(Horizon.end(today))) {
            throw violation(kind, "end_date", "END_BEYOND_HORIZON",
                    "end_date may be at most " + Horizon.end(today) + " (" + Horizon.NIGHTS + " nights from today)");
        }
    }

    private static DomainException violation(Kind kind, String field, String rule, String message) {
        return new DomainException(ErrorKind.INVALID_ARGUMENT, kind.reason, message, Map.of("field", field, "rule", rule));
    }
}
