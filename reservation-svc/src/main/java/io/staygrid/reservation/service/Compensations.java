package io.staygrid.reservation.service;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.reservation.payment.PaymentGateway;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs a reservation's pending compensations (release the hold, refund). Each is idempotent by reservation
 * id and tolerates a step that never ran; a failure stays pending for the recovery job, and after
 * {@code attentionAfter} failed attempts the reservation is flagged for staff (still retried). A REFUND never
 * completes while the charge is REQUESTED/UNKNOWN: the gateway is asked, and until it gives a definite answer
 * (and "no charge" only counts once no live run can still be charging and the id is fenced) it is deferred.
 */
@ApplicationScoped
public class Compensations {

    private static final Logger LOG = Logger.getLogger(Compensations.class);
    static final int ATTENTION_AFTER = 5;

    private final SagaStore store;
    private final RoomHolds holds;
    private final PaymentGateway payments;

    public Compensations(SagaStore store, RoomHolds holds, PaymentGateway payments) {
        this.store = store;
        this.holds = holds;
        this.payments = payments;
    }

    /** Runs the pending compensations on behalf of no saga run (cancel, the compensation retry job). */
    public void runPending(String reservationId) {
        runPending(reservationId, null);
    }

    /** Runs the pending compensations on behalf of the run that holds the lease as {@code owner}. */
    public void runPending(String reservationId, String owner) {
        Reservation reservation = store.find(reservationId).orElseThrow();
        for (SagaStore.PendingCompensation pending : store.pendingCompensations(reservationId)) {
            try {
                Long refunded = switch (pending.compensation()) {
                    case RELEASE_HOLD -> {
                        holds.release(reservationId);
                        yield null;
                    }
                    case REFUND -> refund(reservation, pending.amountMinor(), owner);
                };
                store.compensationDone(reservationId, pending.compensation(), refunded);
            } catch (ChargeNotDefinite e) {
                store.deferCompensation(reservationId, pending.compensation(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.warnf("compensation %s of %s failed, will retry: %s", pending.compensation(), reservationId,
                        e.getMessage());
                store.compensationFailed(reservationId, pending.compensation(), String.valueOf(e.getMessage()));
                if (pending.attempts() + 1 == ATTENTION_AFTER) {
                    String reason = pending.compensation() == Compensation.REFUND ? "REFUND_FAILED" : "HOLD_RELEASE_FAILED";
                    // The event is shown to the guest: a fixed text; the error itself went to the log above.
                    store.flagCompensationFailure(reservationId, reason, pending.compensation()
                            + " keeps failing; it is retried automatically", Actor.RECOVERY);
                }
            }
        }
    }

    /**
     * For a CANCELED or REJECTED reservation whose charge is unresolved (leased to {@code owner}): learns the
     * outcome from the gateway and, if money was taken, makes sure it is refunded.
     */
    public void settleCharge(String reservationId, String owner) {
        Optional<ChargeResult> charge = definiteCharge(reservationId, owner);
        if (charge.orElse(null) == ChargeResult.APPROVED) {
            store.compensateAfterLostRace(reservationId, List.of(Compensation.REFUND));
        }
        runPending(reservationId, owner);
    }

    private Long refund(Reservation reservation, Long amountMinor, String owner) {
        ChargeResult charge = definiteCharge(reservation.id(), owner)
                .orElseThrow(() -> new ChargeNotDefinite("payment outcome not definite yet; refund deferred"));
        if (charge != ChargeResult.APPROVED || reservation.currency() == null || amountMinor == null
                || amountMinor == 0) {
            return 0L;
        }
        return payments.refund(reservation.id(), new Amount(reservation.currency(), amountMinor)).minorUnits();
    }

    /**
     * The charge's definite outcome (NO_CHARGE when none was ever requested: the reservation left PENDING, so
     * none ever will be), resolving a REQUESTED/UNKNOWN one at the gateway; empty while it cannot be known.
     * While another run holds a live lease its charge may still be on its way: only a lookup then, and "no
     * charge" proves nothing yet. Otherwise the id is fenced, so "no charge" stays true for good.
     */
    private Optional<ChargeResult> definiteCharge(String reservationId, String owner) {
        ChargeResult recorded = store.charge(reservationId).orElse(ChargeResult.NO_CHARGE);
        if (recorded != ChargeResult.UNKNOWN) {
            return Optional.of(recorded);
        }
        boolean inFlight = store.leaseHeldByOther(reservationId, owner);
        ChargeResult looked = inFlight ? payments.lookup(reservationId) : payments.fence(reservationId);
        if (looked == ChargeResult.UNKNOWN || looked == ChargeResult.NO_CHARGE && inFlight) {
            return Optional.empty();
        }
        store.chargeResolved(reservationId, looked);
        return Optional.of(looked);
    }

    /** The charge may still be in flight: try the refund again later. */
    private static final class ChargeNotDefinite extends RuntimeException {
        ChargeNotDefinite(String message) {
            super(message, null, false, false);
        }
    }
}
