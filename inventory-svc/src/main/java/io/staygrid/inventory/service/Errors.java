package io.staygrid.inventory.service;

import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The refusals of the inventory contract, built in one place so reasons and metadata stay consistent. */
final class Errors {

    private Errors() {
    }

    static DomainException roomTypeNotFound(long hotelId, long roomTypeId) {
        return new DomainException(ErrorKind.NOT_FOUND, "ROOM_TYPE_NOT_FOUND",
                "inventory has no capacity for room type " + roomTypeId + " of hotel " + hotelId,
                Map.of("hotel_id", Long.toString(hotelId), "room_type_id", Long.toString(roomTypeId)));
    }

    static DomainException holdNotFound(UUID id) {
        return new DomainException(ErrorKind.NOT_FOUND, "HOLD_NOT_FOUND", "no hold was taken with reservation_id " + id,
                Map.of("reservation_id", id.toString()));
    }

    static DomainException holdReleased(UUID id) {
        return new DomainException(ErrorKind.FAILED_PRECONDITION, "HOLD_RELEASED",
                "reservation_id " + id + " was released and can never hold rooms again", Map.of("reservation_id", id.toString()));
    }

    static DomainException holdConflict(UUID id, String field) {
        return new DomainException(ErrorKind.ALREADY_EXISTS, "HOLD_CONFLICT",
                "reservation_id " + id + " already holds rooms with a different " + field,
                Map.of("reservation_id", id.toString(), "field", field));
    }

    static DomainException roomsUnavailable(List<LocalDate> dates) {
        return new DomainException(ErrorKind.FAILED_PRECONDITION, "ROOMS_UNAVAILABLE",
                "not enough rooms on " + join(dates), Map.of("dates", join(dates)));
    }

    static DomainException expiredRoomsUnavailable(UUID id, List<LocalDate> dates) {
        return new DomainException(ErrorKind.FAILED_PRECONDITION, "HOLD_EXPIRED_ROOMS_UNAVAILABLE",
                "the hold expired and its rooms are no longer available on " + join(dates),
                Map.of("reservation_id", id.toString(), "dates", join(dates)));
    }

    static DomainException capacityBelowReserved(int nights, LocalDate firstDate) {
        return new DomainException(ErrorKind.FAILED_PRECONDITION, "CAPACITY_BELOW_RESERVED",
                nights + " night(s) from " + firstDate + " would have more rooms reserved than their new sell limit;"
                        + " set force to apply it anyway",
                Map.of("first_date", firstDate.toString(), "date_count", Integer.toString(nights)));
    }

    static DomainException policyChangeInProgress(long hotelId) {
        return new DomainException(ErrorKind.UNAVAILABLE, "INVENTORY_BUSY",
                "another overbooking policy change of hotel " + hotelId + " is in progress; retry with backoff");
    }

    private static String join(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }
}
