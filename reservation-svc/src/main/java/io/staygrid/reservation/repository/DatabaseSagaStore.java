package io.staygrid.reservation.repository;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.BookingRequest;
import io.staygrid.reservation.domain.PricedStay;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.reservation.service.Compensation;
import io.staygrid.reservation.service.SagaSettings;
import io.staygrid.reservation.service.SagaStore;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The saga's state in PostgreSQL: each method is one short transaction, never spanning a remote call. */
@ApplicationScoped
@Transactional
public class DatabaseSagaStore implements SagaStore {

    private final ReservationRepository reservations;
    private final PaymentRepository payments;
    private final CompensationRepository compensations;
    private final Duration retryDelay;

    private final SagaStepRepository steps;

    public DatabaseSagaStore(ReservationRepository reservations, PaymentRepository payments,
                             CompensationRepository compensations, SagaStepRepository steps, SagaSettings settings) {
        this.reservations = reservations;
        this.steps = steps;
        this.payments = payments;
        this.compensations = compensations;
        this.retryDelay = settings.pendingLease();
    }

    @Override
    public Optional<Reservation> find(String reservationId) {
        return reservations.byId(reservationId);
    }

    @Override
    @Transactional
    public Optional<Reservation> recordPending(BookingRequest request, PricedStay price, ZoneId hotelTimeZone,
                                               Duration lease, String owner) {
        return reservations.insertPending(request, price, hotelTimeZone, lease, owner) ? reservations.byId(request.reservationId())
                : Optional.empty();
    }

    @Override
    public boolean extendLease(String reservationId, String owner, Duration lease) {
        return reservations.extendLease(reservationId, owner, lease);
    }

    @Override
    public boolean leaseHeldByOther(String reservationId, String owner) {
        return reservations.leaseHeldByOther(reservationId, owner);
    }

    @Override
    @Transactional
    public Optional<Reservation> recordRejected(BookingRequest request, ZoneId hotelTimeZone, RejectionReason reason,
                                                String detail, Actor actor) {
        return reservations.insertRejected(request, hotelTimeZone, reason, actor, detail)
                ? reservations.byId(request.reservationId()) : Optional.empty();
    }

    @Override
    @Transactional
    public boolean reject(String reservationId, RejectionReason reason, String detail, List<Compensation> undo,
                          Actor actor, String owner) {
        boolean rejected = reservations.transitionOwned(reservationId, owner, ReservationStatus.PENDING,
                ReservationStatus.REJECTED, actor, reason + ": " + detail, r -> {
                    r.rejectionReason = reason.name();
                    ReservationRepository.liftStuck(r);
                });
        if (rejected) {
            enqueue(reservationId, undo);
        }
        return rejected;
    }

    @Override
    @Transactional
    public boolean markPaid(String reservationId, Actor actor, String owner) {
        return reservations.transitionOwned(reservationId, owner, ReservationStatus.PENDING, ReservationStatus.PAID,
                actor, "payment captured", ReservationRepository::liftStuck);
    }

    @Override
    @Transactional
    public boolean refundLostRooms(String reservationId, String attentionReason, String detail, Actor actor) {
        if (!reservations.transition(reservationId, ReservationStatus.PAID, ReservationStatus.REFUNDED, actor,
                attentionReason + ": " + detail, r -> {
                    r.refundedMinor = r.amountMinor;
                    r.needsAttention = true;
                    r.attentionReason = attentionReason;
                })) {
            return false;
        }
        enqueue(reservationId, List.of(Compensation.RELEASE_HOLD, Compensation.REFUND));
        return true;
    }

    @Override
    public void markConfirmed(String reservationId) {
        reservations.markConfirmed(reservationId);
    }

    @Override
    @Transactional
    public void flagCompensationFailure(String reservationId, String attentionReason, String detail, Actor actor) {
        reservations.flagAttention(reservationId, attentionReason, detail, actor);
    }

    @Override
    public Optional<ChargeResult> charge(String reservationId) {
        return payments.charge(reservationId);
    }

    @Override
    @Transactional
    public boolean chargeRequested(String reservationId, Amount amount, String owner) {
        reservations.findByIdOptional(UUID.fromString(reservationId), LockModeType.PESSIMISTIC_WRITE);
        if (!payments.requested(reservationId, amount, owner)) {
            return false;
        }
        logStep(reservationId, "CHARGE", "requested " + amount);
        return true;
    }

    @Override
    public void chargeResolved(String reservationId, ChargeResult result) {
        payments.resolved(reservationId, result);
        logStep(reservationId, "CHARGE", result.name());
    }

    @Override
    @Transactional
    public void compensateAfterLostRace(String reservationId, List<Compensation> undo) {
        Long amount = reservations.byId(reservationId).map(Reservation::amountMinor).orElse(null);
        for (Compensation c : undo) {
            compensations.scheduleMissing(reservationId, c, c == Compensation.REFUND ? amount : null, retryDelay);
        }
    }

    @Override
    public void deferCompensation(String reservationId, Compensation compensation, String why) {
        compensations.defer(reservationId, compensation, why, retryDelay);
    }

    @Override
    public List<PendingCompensation> pendingCompensations(String reservationId) {
        return compensations.pending(reservationId);
    }

    @Override
    @Transactional
    public void compensationDone(String reservationId, Compensation compensation, Long refundedMinor) {
        compensations.done(reservationId, compensation);
        if (refundedMinor != null) {
            payments.refunded(reservationId, refundedMinor);
        }
        logStep(reservationId, "COMPENSATE", compensation + " done");
    }

    @Override
    public void compensationFailed(String reservationId, Compensation compensation, String error) {
        compensations.failed(reservationId, compensation, error);
    }

    @Override
    public void logStep(String reservationId, String step, String outcome) {
        steps.log(reservationId, step, outcome);
    }

    /** Refunds for a rejected or interrupted booking are always the full amount. */
    private void enqueue(String reservationId, List<Compensation> undo) {
        Long amount = reservations.byId(reservationId).map(Reservation::amountMinor).orElse(null);
        for (Compensation c : undo) {
            compensations.schedule(reservationId, c, c == Compensation.REFUND ? amount : null, retryDelay);
        }
    }
}
