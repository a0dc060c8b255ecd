package io.staygrid.hotel.domain;

import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import java.util.Map;

/** The refusals of the hotel catalog, with the reasons and metadata the contract documents. */
public final class CatalogErrors {

    private CatalogErrors() {
    }

    public static DomainException invalid(String field, String message) {
        return DomainException.invalidField("INVALID_FIELD", field, message);
    }

    public static DomainException hotelNotFound(long hotelId) {
        return DomainException.notFound("HOTEL_NOT_FOUND", "no hotel " + hotelId).with("hotel_id", Long.toString(hotelId));
    }

    public static DomainException roomTypeNotFound(long roomTypeId) {
        return DomainException.notFound("ROOM_TYPE_NOT_FOUND", "no room type " + roomTypeId + " in this hotel")
                .with("room_type_id", Long.toString(roomTypeId));
    }

    public static DomainException roomTypeInOtherHotel(long roomTypeId) {
        return DomainException.notFound("ROOM_TYPE_IN_OTHER_HOTEL", "room type " + roomTypeId + " belongs to another hotel")
                .with("room_type_id", Long.toString(roomTypeId));
    }

    public static DomainException roomNotFound(long roomId) {
        return DomainException.notFound("ROOM_NOT_FOUND", "no room " + roomId + " in this hotel")
                .with("room_id", Long.toString(roomId));
    }

    public static DomainException outageNotFound(long outageId) {
        return DomainException.notFound("OUTAGE_NOT_FOUND", "no outage " + outageId + " on this room")
                .with("outage_id", Long.toString(outageId));
    }

    public static DomainException roomNumberTaken(String number) {
        return DomainException.alreadyExists("ROOM_NUMBER_TAKEN", "another room of the hotel has number " + number)
                .with("number", number);
    }

    public static DomainException requestIdConflict(String requestId) {
        return DomainException.alreadyExists("REQUEST_ID_CONFLICT",
                "request_id was used before with a different body or RPC").with("request_id", requestId);
    }

    public static DomainException hotelNotEmpty(long roomTypes) {
        return new DomainException(ErrorKind.FAILED_PRECONDITION, "HOTEL_NOT_EMPTY",
                "the hotel still has " + roomTypes + " room types; delete them first or use force",
                Map.of("room_types", Long.toString(roomTypes)));
    }

    public static DomainException roomTypeHasRooms(long rooms) {
        return new DomainException(ErrorKind.FAILED_PRECONDITION, "ROOM_TYPE_HAS_ROOMS",
                "the room type still has " + rooms + " rooms", Map.of("rooms", Long.toString(rooms)));
    }
}
