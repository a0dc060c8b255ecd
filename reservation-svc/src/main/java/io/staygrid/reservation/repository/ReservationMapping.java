package io.staygrid.reservation.repository;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.CancellationPolicy;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.repository.entity.ReservationEntity;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/** Entity to domain record: entities never leave the repositories. */
final class ReservationMapping {

    private ReservationMapping() {
    }

    static Reservation toDomain(ReservationEntity e) {
        Stay stay = new Stay(e.hotelId, e.roomTypeId, e.startDate, e.endDate, e.rooms);
        CancellationPolicy policy = new CancellationPolicy(e.hotelId, e.policyFreeDays, e.policyPenaltyNights,
                ZoneId.of(e.policyTimeZone), false, null);
        return new Reservation(e.id.toString(), e.requestFingerprint, e.guestId, stay, e.guests, e.quoteId.toString(),
                e.paymentToken, ReservationStatus.valueOf(e.status),
                e.currency == null ? null : Currency.getInstance(e.currency), e.amountMinor,
                e.nightPricesMinor == null ? List.of() : Arrays.asList(e.nightPricesMinor), e.refundedMinor,
                e.rejectionReason == null ? null : RejectionReason.valueOf(e.rejectionReason), e.needsAttention,
                e.attentionReason, e.holdConfirmed, new Actor(Actor.Kind.valueOf(e.bookedByKind), e.bookedById), policy,
                e.createTime, e.updateTime);
    }
}
