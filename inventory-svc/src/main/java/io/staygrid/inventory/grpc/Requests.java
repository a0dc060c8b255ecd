package io.staygrid.inventory.grpc;

import com.google.type.Date;
import io.staygrid.inventory.domain.OutOfService;
import io.staygrid.inventory.domain.SellLimit;
import io.staygrid.inventory.v1.OutOfServiceSegment;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.proto.ProtoTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** Out-of-service segments: well-formed, bounded and not overlapping; dates outside the horizon are clipped later. */
    static List<OutOfService> segments(List<OutOfServiceSegment> segments) {
        String field = "out_of_service_segments";
        if (segments.size() > OutOfService.MAX_SEGMENTS) {
            throw invalid(field, "at most " + OutOfService.MAX_SEGMENTS + " out_of_service_segments");
        }
        List<OutOfService> out = new ArrayList<>();
        for (OutOfServiceSegment s : segments) {
            LocalDate start = date(s.getStartDate(), field + ".start_date");
            LocalDate end = date(s.getEndDate(), field + ".end_date");
            if (!start.isBefore(end)) {
                throw invalid(field, "each segment's start_date must be before its end_date");
            }
            out.add(new OutOfService(start, end, between(s.getRooms(), 0, SellLimit.MAX_ROOMS, field + ".rooms")));
        }
        List<OutOfService> sorted = out.stream().sorted(Comparator.comparing(OutOfService::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw invalid(field, "out_of_service_segments may not overlap");
            }
        }
        return sorted;
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
