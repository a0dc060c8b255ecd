package io.staygrid.reservation.service;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.payment.PaymentGateway;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs a reservation's pending compensations (release the hold, refund). Each is idempotent by reservation
 * id and tolerates a step that never ran; a failure stays pending for the recovery job, and after
 * {@code attentionAfter} failed attempts the reservation is flagged for staff (still retried).
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

    public void runPending(String reservationId) {
        Reservation reservation = store.find(reservationId).orElseThrow();
        for (SagaStore.PendingCompensation pending : store.pendingCompensations(reservationId)) {
            try {
                Long refunded = switch (pending.compensation()) {
                    case RELEASE_HOLD -> {
                        holds.release(reservationId);
                        yield null;
                    }
                    case REFUND -> refund(reservation, pending.amountMinor());
                };
                store.compensationDone(reservationId, pending.compensation(), refunded);
            } catch (RuntimeException e) {
                LOG.warnf("compensation %s of %s failed, will retry: %s", pending.compensation(), reservationId,
                        e.getMessage());
                store.compensationFailed(reservationId, pending.compensation(), String.valueOf(e.getMessage()));
                if (pending.attempts() + 1 == ATTENTION_AFTER) {
                    String reason = pending.compensation() == Compensation.REFUND ? "REFUND_FAILED" : "HOLD_RELEASE_FAILED";
                    store.flagAttention(reservationId, reason, pending.compensation() + " keeps failing: "
                            + e.getMessage(), Actor.RECOVERY);
                }
            }
        }
    }

    private Long refund(Reservation reservation, Long amountMinor) {
        if (reservation.currency() == null || amountMinor == null || amountMinor == 0) {
            return 0L;
        }
        return payments.refund(reservation.id(), new Amount(reservation.currency(), amountMinor)).minorUnits();
    }
}
