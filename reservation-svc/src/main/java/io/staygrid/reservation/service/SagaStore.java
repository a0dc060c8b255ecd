package io.staygrid.reservation.service;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.BookingRequest;
import io.staygrid.reservation.domain.PricedStay;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.support.money.Amount;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The saga's durable state. Every method is one short transaction; status changes are conditional
 * (they return false when the reservation is no longer in the expected status) and write the audit trail.
 */
public interface SagaStore {

    /** A compensation still to run. */
    record PendingCompensation(Compensation compensation, Long amountMinor, int attempts) {
    }

    Optional<Reservation> find(String reservationId);

    /**
     * Inserts the reservation as PENDING, leased to the caller for {@code lease}; empty if the id already
     * exists (nothing is changed then).
     */
    Optional<Reservation> recordPending(BookingRequest request, PricedStay price, Duration lease);

    /** Inserts the reservation already REJECTED (its quote was refused); empty if the id already exists. */
    Optional<Reservation> recordRejected(BookingRequest request, RejectionReason reason, String detail, Actor actor);

    /** PENDING -> REJECTED, enqueuing the compensations in the same transaction. */
    boolean reject(String reservationId, RejectionReason reason, String detail, List<Compensation> undo, Actor actor);

    /** PENDING -> PAID. */
    boolean markPaid(String reservationId, Actor actor);

    /** Records that the rooms of a PAID reservation are confirmed in inventory: the saga is finished. */
    void markConfirmed(String reservationId);

    /** Sets needs_attention with a machine reason and writes it to the audit trail. */
    void flagAttention(String reservationId, String attentionReason, String detail, Actor actor);

    /** The recorded state of the charge; empty when no charge was ever requested. */
    Optional<ChargeResult> charge(String reservationId);

    /** Durably notes that a charge is about to be requested (before calling the gateway). */
    void chargeRequested(String reservationId, Amount amount);

    void chargeResolved(String reservationId, ChargeResult result);

    /** Enqueues compensations again (re-arming finished ones), e.g. after a cancel won a race. */
    void schedule(String reservationId, List<Compensation> undo);

    List<PendingCompensation> pendingCompensations(String reservationId);

    void compensationDone(String reservationId, Compensation compensation, Long refundedMinor);

    void compensationFailed(String reservationId, Compensation compensation, String error);

    /** Appends to the saga's step log (for operators). */
    void logStep(String reservationId, String step, String outcome);
}
