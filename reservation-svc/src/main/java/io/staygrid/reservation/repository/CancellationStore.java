package io.staygrid.reservation.repository;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import io.staygrid.reservation.service.Compensation;
import io.staygrid.reservation.service.SagaSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;

/** Cancellation's status changes, each with its compensations enqueued in the same transaction. */
@ApplicationScoped
public class CancellationStore {

    private final ReservationRepository reservations;
    private final CompensationRepository compensations;
    private final Duration retryDelay;

    public CancellationStore(ReservationRepository reservations, CompensationRepository compensations,
                             SagaSettings settings) {
        this.reservations = reservations;
        this.compensations = compensations;
        this.retryDelay = settings.pendingLease();
    }

    /** PENDING -> CANCELED: release the rooms and refund in full whatever charge went through. */
    @Transactional
    public boolean cancelPending(Reservation r, Actor actor, String reason) {
        if (!reservations.transition(r.id(), ReservationStatus.PENDING, ReservationStatus.CANCELED, actor, reason,
                entity -> { })) {
            return false;
        }
        compensations.schedule(r.id(), Compensation.RELEASE_HOLD, null, retryDelay);
        compensations.schedule(r.id(), Compensation.REFUND, r.amountMinor(), retryDelay);
        return true;
    }

    /** PAID -> REFUNDED with the refund the policy allows: release the rooms and refund that amount. */
    @Transactional
    public boolean cancelPaid(Reservation r, long refundMinor, Actor actor, String reason) {
        if (!reservations.transition(r.id(), ReservationStatus.PAID, ReservationStatus.REFUNDED, actor, reason,
                entity -> entity.refundedMinor = refundMinor)) {
            return false;
        }
        compensations.schedule(r.id(), Compensation.RELEASE_HOLD, null, retryDelay);
        if (refundMinor > 0) {
            compensations.schedule(r.id(), Compensation.REFUND, refundMinor, retryDelay);
        }
        return true;
    }
}
