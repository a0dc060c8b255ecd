package io.staygrid.reservation.payment;

import io.staygrid.support.money.Amount;

/**
 * A card processor, idempotent by reservation id: charging or refunding the same reservation twice
 * returns the first outcome and never moves money twice. A real processor plugs in behind this.
 */
public interface PaymentGateway {

    /**
     * Charges the full amount; UNKNOWN when the outcome could not be learnt (timeout, outage); NO_CHARGE when
     * the id was voided by {@link #fence} (nothing is charged, ever).
     */
    ChargeResult charge(String reservationId, Amount amount, String paymentToken);

    /** Asks what became of an earlier charge: APPROVED, DECLINED, NO_CHARGE, or UNKNOWN if unreachable. */
    ChargeResult lookup(String reservationId);

    /**
     * Like {@link #lookup}, but when the gateway has no charge for the reservation it voids the id first, so
     * that a charge with it still in flight (from a run that lost its lease) is refused: NO_CHARGE is then
     * final. Atomic with {@link #charge} at the gateway: whichever comes first wins. UNKNOWN if unreachable
     * (nothing voided).
     */
    ChargeResult fence(String reservationId);

    /**
     * Refunds up to {@code amount} of the reservation's approved charge, once. Returns what was refunded
     * (the first refund's amount on a retry, zero if nothing was ever charged). Throws
     * {@link PaymentUnavailableException} when the processor cannot be reached.
     */
    Amount refund(String reservationId, Amount amount);
}
