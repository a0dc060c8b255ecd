package io.staygrid.reservation.mapping;

import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.service.Quotes;
import io.staygrid.reservation.v1.Actor;
import io.staygrid.reservation.v1.ActorKind;
import io.staygrid.reservation.v1.CancellationPolicy;
import io.staygrid.reservation.v1.NightPrice;
import io.staygrid.reservation.v1.RejectionReason;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationEvent;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.support.money.Amount;
import io.staygrid.support.proto.ProtoMoney;
import io.staygrid.support.proto.ProtoTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Domain reservations, events and policies to their proto messages (and enums both ways). */
public final class ReservationMapper {

    private ReservationMapper() {
    }

    public static Reservation toProto(io.staygrid.reservation.domain.Reservation r) {
        Stay stay = r.stay();
        Reservation.Builder b = Reservation.newBuilder()
                .setReservationId(r.id()).setGuestId(r.guestId()).setHotelId(stay.hotelId())
                .setRoomTypeId(stay.roomTypeId()).setStartDate(ProtoTime.toProto(stay.start()))
                .setEndDate(ProtoTime.toProto(stay.end())).setRooms(stay.rooms()).setGuests(r.guests())
                .setStatus(toProto(r.status())).setQuoteId(r.quoteId())
                .setNeedsAttention(r.needsAttention())
                .setAttentionReason(r.attentionReason() == null ? "" : r.attentionReason())
                .setBookedBy(toProto(r.bookedBy())).setCreateTime(ProtoTime.toProto(r.createTime()))
                .setUpdateTime(ProtoTime.toProto(r.updateTime()))
                .setCancellationPolicy(toProto(r.policy()))
                .setRejectionReason(r.rejectionReason() == null ? RejectionReason.REJECTION_REASON_UNSPECIFIED
                        : RejectionReason.valueOf("REJECTION_REASON_" + r.rejectionReason().name()));
        if (r.currency() != null) {
            b.setAmount(ProtoMoney.toProto(r.amount())).addAllNights(nights(stay, r.currency(), r.nightPricesMinor()));
            if (r.refundedMinor() != null) {
                b.setRefundedAmount(ProtoMoney.toProto(new Amount(r.currency(), r.refundedMinor())));
            }
        }
        return b.build();
    }

    public static List<NightPrice> nights(Stay stay, Currency currency, List<Long> pricesMinor) {
        List<NightPrice> nights = new ArrayList<>();
        for (int i = 0; i < pricesMinor.size(); i++) {
            nights.add(NightPrice.newBuilder().setDate(ProtoTime.toProto(stay.start().plusDays(i)))
                    .setPrice(ProtoMoney.toProto(new Amount(currency, pricesMinor.get(i)))).build());
        }
        return nights;
    }

    public static List<NightPrice> nights(Quotes.Quote quote) {
        return nights(quote.stay(), quote.price().currency(), quote.price().nightPricesMinor());
    }

    public static ReservationEvent toProto(io.staygrid.reservation.domain.ReservationEvent e) {
        return ReservationEvent.newBuilder().setReservationId(e.reservationId()).setSequence(e.sequence())
                .setFromStatus(e.from() == null ? ReservationStatus.RESERVATION_STATUS_UNSPECIFIED : toProto(e.from()))
                .setToStatus(toProto(e.to())).setEventTime(ProtoTime.toProto(e.time()))
                .setActor(toProto(e.actor())).setReason(e.reason()).build();
    }

    public static CancellationPolicy toProto(io.staygrid.reservation.domain.CancellationPolicy p) {
        CancellationPolicy.Builder b = CancellationPolicy.newBuilder().setHotelId(p.hotelId())
                .setFreeCancellationDays(p.freeCancellationDays()).setPenaltyNights(p.penaltyNights())
                .setHotelTimeZone(p.timeZone().getId()).setIsDefault(p.isDefault());
        if (p.updateTime() != null) {
            b.setUpdateTime(ProtoTime.toProto(p.updateTime()));
        }
        return b.build();
    }

    public static ReservationStatus toProto(io.staygrid.reservation.domain.ReservationStatus s) {
        return ReservationStatus.valueOf("RESERVATION_STATUS_" + s.name());
    }

    public static io.staygrid.reservation.domain.ReservationStatus toDomain(ReservationStatus s) {
        return io.staygrid.reservation.domain.ReservationStatus.valueOf(s.name().substring("RESERVATION_STATUS_".length()));
    }

    public static Actor toProto(io.staygrid.reservation.domain.Actor a) {
        return Actor.newBuilder().setKind(ActorKind.valueOf("ACTOR_KIND_" + a.kind().name())).setActorId(a.id()).build();
    }

    public static io.staygrid.reservation.domain.Actor toDomain(Actor a) {
        return new io.staygrid.reservation.domain.Actor(
                io.staygrid.reservation.domain.Actor.Kind.valueOf(a.getKind().name().substring("ACTOR_KIND_".length())),
                a.getActorId());
    }
}
