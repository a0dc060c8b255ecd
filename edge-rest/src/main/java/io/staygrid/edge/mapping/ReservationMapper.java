package io.staygrid.edge.mapping;

import static io.staygrid.edge.mapping.ProtoValues.date;
import static io.staygrid.edge.mapping.ProtoValues.enumName;
import static io.staygrid.edge.mapping.ProtoValues.i32;
import static io.staygrid.edge.mapping.ProtoValues.i64;
import static io.staygrid.edge.mapping.ProtoValues.instant;
import static io.staygrid.edge.mapping.ProtoValues.money;
import static io.staygrid.edge.mapping.ProtoValues.str;

import io.staygrid.edge.rest.model.Actor;
import io.staygrid.edge.rest.model.CancellationPolicy;
import io.staygrid.edge.rest.model.NightPrice;
import io.staygrid.edge.rest.model.Quote;
import io.staygrid.edge.rest.model.QuoteRequest;
import io.staygrid.edge.rest.model.Reservation;
import io.staygrid.edge.rest.model.ReservationEvent;
import io.staygrid.edge.rest.model.ReservationInput;
import io.staygrid.edge.rest.model.ReservationStatus;
import io.staygrid.edge.rest.model.StaffReservationInput;
import io.staygrid.reservation.v1.ActorKind;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.PrepareReservationRequest;
import io.staygrid.reservation.v1.PrepareReservationResponse;
import java.util.List;

/** Quotes, reservations and cancellation policies between the REST model and staygrid.reservation.v1. */
public final class ReservationMapper {

    private ReservationMapper() {
    }

    public static PrepareReservationRequest prepare(QuoteRequest in) {
        return PrepareReservationRequest.newBuilder().setHotelId(i64(in.hotelID())).setRoomTypeId(i64(in.roomTypeID()))
                .setStartDate(date(in.startDate())).setEndDate(date(in.endDate())).setRooms(i32(in.rooms()))
                .setReservationId(str(in.reservationID())).build();
    }

    public static Quote quote(QuoteRequest in, PrepareReservationResponse out) {
        return new Quote(out.getReservationId(), out.getQuoteId(), in.hotelID(), in.roomTypeID(), in.startDate(),
                in.endDate(), in.rooms() == null ? 1 : in.rooms(), nights(out.getNightsList()),
                money(out.hasTotal(), out.getTotal()), instant(out.hasQuoteExpireTime(), out.getQuoteExpireTime()));
    }

    /** A guest booking for themselves: the guest is the token's subject. */
    public static CreateReservationRequest create(ReservationInput in, String guestId) {
        return CreateReservationRequest.newBuilder().setReservationId(str(in.reservationID())).setGuestId(guestId)
                .setHotelId(i64(in.hotelID())).setRoomTypeId(i64(in.roomTypeID()))
                .setStartDate(date(in.startDate())).setEndDate(date(in.endDate()))
                .setRooms(i32(in.rooms())).setGuests(i32(in.guests())).setQuoteId(str(in.quoteID()))
                .setPaymentToken(str(in.paymentToken())).setActor(actor(ActorKind.ACTOR_KIND_GUEST, guestId)).build();
    }

    /** Staff booking on behalf of a guest at the hotel of the path. */
    public static CreateReservationRequest create(long hotelId, StaffReservationInput in, String staffId) {
        return CreateReservationRequest.newBuilder().setReservationId(str(in.reservationID()))
                .setGuestId(str(in.guestID())).setHotelId(hotelId).setRoomTypeId(i64(in.roomTypeID()))
                .setStartDate(date(in.startDate())).setEndDate(date(in.endDate()))
                .setRooms(i32(in.rooms())).setGuests(i32(in.guests())).setQuoteId(str(in.quoteID()))
                .setPaymentToken(str(in.paymentToken())).setActor(actor(ActorKind.ACTOR_KIND_STAFF, staffId)).build();
    }

    public static io.staygrid.reservation.v1.Actor actor(ActorKind kind, String id) {
        return io.staygrid.reservation.v1.Actor.newBuilder().setKind(kind).setActorId(id).build();
    }

    public static Reservation reservation(io.staygrid.reservation.v1.Reservation r) {
        return new Reservation(r.getReservationId(), r.getGuestId(), r.getHotelId(), r.getRoomTypeId(),
                date(r.getStartDate()), date(r.getEndDate()), r.getRooms(), r.getGuests(), status(r.getStatus()),
                money(r.hasAmount(), r.getAmount()), money(r.hasRefundedAmount(), r.getRefundedAmount()),
                emptyToNull(r.getQuoteId()), enumName(r.getRejectionReason(), "REJECTION_REASON_"),
                r.getNeedsAttention(), emptyToNull(r.getAttentionReason()),
                r.hasBookedBy() ? actor(r.getBookedBy()) : null, nights(r.getNightsList()),
                r.hasCancellationPolicy() ? policy(r.getCancellationPolicy()) : null,
                instant(r.hasCreateTime(), r.getCreateTime()), instant(r.hasUpdateTime(), r.getUpdateTime()));
    }

    public static ReservationEvent event(io.staygrid.reservation.v1.ReservationEvent e) {
        return new ReservationEvent(e.getSequence(), status(e.getFromStatus()), status(e.getToStatus()),
                instant(e.hasEventTime(), e.getEventTime()), e.hasActor() ? actor(e.getActor()) : null,
                emptyToNull(e.getReason()));
    }

    public static CancellationPolicy policy(io.staygrid.reservation.v1.CancellationPolicy p) {
        return new CancellationPolicy(p.getHotelId(), p.getFreeCancellationDays(), p.getPenaltyNights(),
                p.getHotelTimeZone(), p.getIsDefault(), instant(p.hasUpdateTime(), p.getUpdateTime()));
    }

    public static io.staygrid.reservation.v1.ReservationStatus status(ReservationStatus status) {
        return io.staygrid.reservation.v1.ReservationStatus.valueOf("RESERVATION_STATUS_" + status.name());
    }

    private static ReservationStatus status(io.staygrid.reservation.v1.ReservationStatus status) {
        String name = enumName(status, "RESERVATION_STATUS_");
        return name == null ? null : ReservationStatus.valueOf(name);
    }

    private static Actor actor(io.staygrid.reservation.v1.Actor a) {
        return new Actor(enumName(a.getKind(), "ACTOR_KIND_"), a.getActorId());
    }

    private static List<NightPrice> nights(List<io.staygrid.reservation.v1.NightPrice> nights) {
        return nights.stream().map(n -> new NightPrice(date(n.getDate()), money(n.hasPrice(), n.getPrice()))).toList();
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
