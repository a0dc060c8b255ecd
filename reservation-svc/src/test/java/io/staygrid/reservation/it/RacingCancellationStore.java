package io.staygrid.reservation.it;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.repository.CancellationStore;
import io.staygrid.reservation.repository.CompensationRepository;
import io.staygrid.reservation.repository.ReservationRepository;
import io.staygrid.reservation.service.SagaSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicInteger;

/** The cancellation store, but while armed every status change loses its race (as if another change won). */
@Alternative
@Priority(1)
@Singleton
public class RacingCancellationStore extends CancellationStore {

    static final AtomicInteger racesToLose = new AtomicInteger();

    public RacingCancellationStore(ReservationRepository reservations, CompensationRepository compensations,
                                   SagaSettings settings) {
        super(reservations, compensations, settings);
    }

    @Override
    @Transactional
    public boolean cancelPending(Reservation r, Actor actor, String reason) {
        return racesToLose.getAndUpdate(n -> Math.max(0, n - 1)) == 0 && super.cancelPending(r, actor, reason);
    }

    @Override
    @Transactional
    public boolean cancelPaid(Reservation r, long refundMinor, Actor actor, String reason) {
        return racesToLose.getAndUpdate(n -> Math.max(0, n - 1)) == 0 && super.cancelPaid(r, refundMinor, actor, reason);
    }
}
