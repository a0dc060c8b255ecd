package io.staygrid.reservation.grpc;

import com.google.type.Date;
import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.BookingRequest;
import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.mapping.ReservationMapper;
import io.staygrid.reservation.v1.ActorKind;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.proto.ProtoTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** Checks request fields and turns them into domain values; every refusal is INVALID_ARGUMENT naming the field. */
final class RequestValidator {

    static final int MAX_NIGHTS = 30;
    static final int MAX_ROOMS = 10;
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern ANY_UUID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private RequestValidator() {
    }

    static BookingRequest booking(CreateReservationRequest r) {
        String id = reservationId(r.getReservationId());
        String guest = guestId(r.getGuestId(), true);
        Stay stay = stay(r.getHotelId(), r.getRoomTypeId(), r.getStartDate(), r.getEndDate(), r.getRooms());
        int guests = r.getGuests() == 0 ? stay.rooms() : r.getGuests();
        if (guests < 1 || guests > MAX_ROOMS * stay.rooms()) {
            throw DomainException.invalidField("INVALID_GUESTS", "guests", "guests must be 1 to 10 x rooms");
        }
        if (!ANY_UUID.matcher(r.getQuoteId()).matches()) {
            throw DomainException.invalidField("INVALID_QUOTE_ID", "quote_id", "quote_id must be a UUID");
        }
        if (r.getPaymentToken().isEmpty() || r.getPaymentToken().length() > 256) {
            throw DomainException.invalidField("INVALID_PAYMENT_TOKEN", "payment_token", "payment_token must be 1-256 characters");
        }
        return new BookingRequest(id, guest, stay, guests, r.getQuoteId().toLowerCase(), r.getPaymentToken(),
                actor(r.getActor()));
    }

    static String reservationId(String id) {
        if (!CANONICAL_UUID.matcher(id).matches()) {
            throw DomainException.invalidField("INVALID_RESERVATION_ID", "reservation_id",
                    "reservation_id must be a lower-case canonical UUID");
        }
        return id;
    }

    /** A guest id of 1-128 characters; empty is allowed when not required (no ownership check). */
    static String guestId(String guestId, boolean required) {
        if ((required && guestId.isEmpty()) || guestId.length() > 128) {
            throw DomainException.invalidField("INVALID_GUEST_ID", "guest_id", "guest_id must be 1-128 characters");
        }
        return guestId;
    }

    static long hotelId(long hotelId) {
        if (hotelId <= 0) {
            throw DomainException.invalidField("INVALID_HOTEL_ID", "hotel_id", "hotel_id must be positive");
        }
        return hotelId;
    }

    static Stay stay(long hotelId, long roomTypeId, Date start, Date end, int rooms) {
        hotelId(hotelId);
        if (roomTypeId <= 0) {
            throw DomainException.invalidField("INVALID_ROOM_TYPE_ID", "room_type_id", "room_type_id must be positive");
        }
        LocalDate from = date(start, "start_date");
        LocalDate to = date(end, "end_date");
        long nights = ChronoUnit.DAYS.between(from, to);
        if (nights < 1 || nights > MAX_NIGHTS) {
            throw DomainException.invalidField("INVALID_STAY", "end_date", "end_date must be 1 to 30 nights after start_date");
        }
        if (rooms < 0 || rooms > MAX_ROOMS) {
            throw DomainException.invalidField("INVALID_ROOMS", "rooms", "rooms must be 1 to 10 (0 means 1)");
        }
        return new Stay(hotelId, roomTypeId, from, to, rooms == 0 ? 1 : rooms);
    }

    static Actor actor(io.staygrid.reservation.v1.Actor actor) {
        if (actor.getKind() == ActorKind.ACTOR_KIND_UNSPECIFIED || actor.getKind() == ActorKind.UNRECOGNIZED
                || actor.getActorId().isEmpty() || actor.getActorId().length() > 128) {
            throw DomainException.invalidField("INVALID_ACTOR", "actor", "actor needs a kind and a 1-128 character actor_id");
        }
        return ReservationMapper.toDomain(actor);
    }

    static String reason(String reason) {
        if (reason.length() > 500) {
            throw DomainException.invalidField("INVALID_REASON", "reason", "reason must be at most 500 characters");
        }
        return reason;
    }

    private static LocalDate date(Date date, String field) {
        try {
            return ProtoTime.toLocalDate(date, field);
        } catch (DomainException e) {
            throw DomainException.invalidField("INVALID_STAY", field, e.getMessage());
        }
    }
}
