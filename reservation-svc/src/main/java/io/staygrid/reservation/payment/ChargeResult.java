package io.staygrid.reservation.payment;

/** What a gateway says about a reservation's charge. */
public enum ChargeResult {
    /** The full amount was captured. */
    APPROVED,
    /** The processor refused the charge; nothing was taken. */
    DECLINED,
    /** A lookup found no charge at all for this reservation. */
    NO_CHARGE,
    /** The call timed out or failed: the charge may or may not exist; ask again with lookup. */
    UNKNOWN
}
