package io.staygrid.reservation.service;

/**
 * A downstream step could not be completed or its outcome is unknown (service down, deadline passed).
 * The saga stops there and leaves the reservation for the recovery job, which repeats the idempotent step.
 */
public class OutcomeUnknownException extends RuntimeException {

    public OutcomeUnknownException(String message) {
        super(message);
    }
}
