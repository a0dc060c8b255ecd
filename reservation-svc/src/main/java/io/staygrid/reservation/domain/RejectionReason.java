package io.staygrid.reservation.domain;

/** Why a booking ended REJECTED (a business outcome, not an error). */
public enum RejectionReason {
    ROOMS_UNAVAILABLE, PAYMENT_DECLINED, PRICE_CHANGED, QUOTE_MISMATCH, QUOTE_NOT_FOUND, INVALID_STAY,
    HOLD_EXPIRED, PAYMENT_FAILED, QUOTE_ALREADY_USED
}
