package io.staygrid.reservation.payment;

/** The payment processor could not be reached; the operation may be retried (it is idempotent). */
public class PaymentUnavailableException extends RuntimeException {

    public PaymentUnavailableException(String message) {
        super(message);
    }
}
