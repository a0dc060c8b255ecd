package io.staygrid.reservation.payment;

import io.staygrid.support.money.Amount;

/**
 * A card processor, idempotent by reservation id: charging or refunding the same reservation twice
 * returns the first outcome and never moves money twice. A real processor plugs in behind this.
 */
public interface PaymentGateway {

    /** Charges the full amount; UNKNOWN when the outcome could not be learnt (timeout, outage). */
    ChargeResult charge(String reservationId, Amount amount, String paymentToken);

    /** Asks what became of an earlier charge: APPROVED, DECLINED, NO_CHARGE, or UNKNOWN if unreachable. */
    ChargeResult lookup(String reservationId);

    /**
     * Refunds up to {@code amount} of the reservation's approved charge, once. Returns what was refunded
     * (the first refund's amount on a retry, zero if nothing was ever charged). Throws
     * {@link PaymentUnavailableException} when the processor cannot be reached.
     */
    Amount refund(String reservationId, Amount amount);
}
