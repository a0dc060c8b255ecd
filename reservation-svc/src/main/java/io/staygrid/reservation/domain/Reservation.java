package io.staygrid.reservation.domain;

import io.staygrid.support.money.Amount;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** A reservation as stored. Money is in minor units of {@code currency}; null where never priced. */
public record Reservation(String id, String fingerprint, String guestId, Stay stay, int guests, String quoteId,
                          String paymentToken, ReservationStatus status, Currency currency, Long amountMinor,
                          List<Long> nightPricesMinor, Long refundedMinor, RejectionReason rejectionReason,
                          boolean needsAttention, String attentionReason, boolean holdConfirmed, Actor bookedBy,
                          CancellationPolicy policy, Instant createTime, Instant updateTime) {

    public Amount amount() {
        return new Amount(currency, amountMinor);
    }
}
