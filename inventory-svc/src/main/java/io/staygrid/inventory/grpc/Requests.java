package io.staygrid.inventory.grpc;

import com.google.type.Date;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.proto.ProtoTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

/** Field checks of the requests; every malformed field is INVALID_ARGUMENT (INVALID_FIELD) naming it. */
final class Requests {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Duration DEFAULT_HOLD = Duration.ofMinutes(15);
    private static final Duration MIN_HOLD = Duration.ofMinutes(1);
    private static final Duration MAX_HOLD = Duration.ofHours(24);

    private Requests() {
    }

    static long positive(long id, String field) {
        if (id <= 0) {
            throw invalid(field, field + " must be a positive id");
        }
        return id;
    }

    static long optional(long id, String field) {
        if (id < 0) {
            throw invalid(field, field + " must be 0 (all) or a positive id");
        }
        return id;
    }

    static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw invalid(field, field + " must be from " + min + " to " + max);
        }
        return value;
    }

    static UUID reservationId(String value) {
        if (!CANONICAL_UUID.matcher(value).matches()) {
            throw invalid("reservation_id", "reservation_id must be a canonical lower-case UUID");
        }
        return UUID.fromString(value);
    }

    static LocalDate date(Date date, String field) {
        try {
            return ProtoTime.toLocalDate(date, field);
        } catch (DomainException e) {
            throw invalid(field, e.getMessage());
        }
    }

    static String timeZone(String zone) {
        // Region ids only: PostgreSQL reads a bare offset like "+02:00" with the opposite (POSIX) sign.
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            throw invalid("hotel_time_zone", "hotel_time_zone must be a known IANA zone such as Europe/Paris");
        }
        return zone;
    }

    static Duration holdDuration(boolean set, com.google.protobuf.Duration duration) {
        if (!set) {
            return DEFAULT_HOLD;
        }
        Duration value = Duration.ofSeconds(duration.getSeconds(), duration.getNanos());
        if (value.compareTo(MIN_HOLD) < 0 || value.compareTo(MAX_HOLD) > 0) {
            throw invalid("hold_duration", "hold_duration must be from 1 minute to 24 hours");
        }
        return value;
    }

    static DomainException invalid(String field, String message) {
        return DomainException.invalidField("INVALID_FIELD", field, message);
    }
}
