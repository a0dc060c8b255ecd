package io.staygrid.reservation.payment;

/** What a gateway says about a reservation's charge. */
public enum ChargeResult {
    /** The full amount was captured. */
    APPROVED,
    /** The processor refused the charge; nothing was taken. */
    DECLINED,
    /** There is no charge for this reservation (and, once fenced, there never will be). */
    NO_CHARGE,
    /** The call timed out or failed: the charge may or may not exist; ask again with lookup. */
    UNKNOWN
}
