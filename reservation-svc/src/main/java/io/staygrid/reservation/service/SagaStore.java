package io.staygrid.reservation.service;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.BookingRequest;
import io.staygrid.reservation.domain.PricedStay;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.support.money.Amount;
import java.time.Duration;
import java.time.ZoneId;
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
     * Inserts the reservation as PENDING with the hotel's cancellation policy in the hotel's time zone as its
     * snapshot, leased to the caller for {@code lease}; empty if the id already
     * exists, or if the quote already priced another reservation that is not REJECTED (nothing is changed then).
     */
    Optional<Reservation> recordPending(BookingRequest request, PricedStay price, ZoneId hotelTimeZone, Duration lease,
                                        String owner);

    /**
     * Extends the caller's lease to now + {@code lease} if it still owns the reservation and it is PENDING or
     * PAID; false means another run took it over (or it was cancelled): the caller must stop.
     */
    boolean extendLease(String reservationId, String owner, Duration lease);

    /** True while a run other than {@code owner} (null: any run) holds an unexpired lease on the reservation. */
    boolean leaseHeldByOther(String reservationId, String owner);

    /**
     * Inserts the reservation already REJECTED (its quote was refused), with the hotel's time zone in its policy
     * snapshot like any booking; empty if the id already exists.
     */
    Optional<Reservation> recordRejected(BookingRequest request, ZoneId hotelTimeZone, RejectionReason reason,
                                         String detail, Actor actor);

    /** PENDING -> REJECTED if {@code owner} holds the lease, enqueuing the compensations in the same transaction. */
    boolean reject(String reservationId, RejectionReason reason, String detail, List<Compensation> undo, Actor actor,
                   String owner);

    /** PENDING -> PAID if {@code owner} holds the lease. */
    boolean markPaid(String reservationId, Actor actor, String owner);

    /**
     * PAID -> REFUNDED in full because inventory lost (or released) the rooms after payment: flags the reservation
     * with {@code attentionReason} and enqueues the release and the full refund in the same transaction. False if
     * it is no longer PAID (a cancel got there first).
     */
    boolean refundLostRooms(String reservationId, String attentionReason, String detail, Actor actor);

    /** Records that the rooms of a PAID reservation are confirmed in inventory: the saga is finished. */
    void markConfirmed(String reservationId);

    /** Sets needs_attention whatever the status (a compensation keeps failing) and writes it to the audit trail. */
    void flagCompensationFailure(String reservationId, String attentionReason, String detail, Actor actor);

    /** The recorded state of the charge; empty when no charge was ever requested. */
    Optional<ChargeResult> charge(String reservationId);

    /**
     * Durably notes that a charge is about to be requested (before calling the gateway), in one transaction
     * that locks the reservation: only if it is still PENDING and leased to {@code owner}. False: do not charge.
     */
    boolean chargeRequested(String reservationId, Amount amount, String owner);

    void chargeResolved(String reservationId, ChargeResult result);

    /**
     * After a charge went through on a reservation that another actor already moved to CANCELED or REJECTED:
     * enqueues the compensations not queued yet, and re-arms a finished REFUND that refunded nothing.
     */
    void compensateAfterLostRace(String reservationId, List<Compensation> undo);

    /** Pushes a compensation back for the recovery job without counting a failure (e.g. payment not definite). */
    void deferCompensation(String reservationId, Compensation compensation, String why);

    List<PendingCompensation> pendingCompensations(String reservationId);

    void compensationDone(String reservationId, Compensation compensation, Long refundedMinor);

    void compensationFailed(String reservationId, Compensation compensation, String error);

    /** Appends to the saga's step log (for operators). */
    void logStep(String reservationId, String step, String outcome);
}
