package io.staygrid.reservation.service;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.RefundRule;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import io.staygrid.reservation.repository.CancellationStore;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Cancellation: PENDING -> CANCELED (full refund of any charge), PAID -> REFUNDED per the reservation's
 * policy snapshot (in full if the rooms were lost after payment), rooms released either way. Idempotent: a cancelled reservation is returned unchanged.
 */
@ApplicationScoped
public class CancelService {

    private static final int RACE_RETRIES = 3;

    private final ReservationQueries queries;
    private final CancellationStore store;
    private final Compensations compensations;
    private final Clock clock;

    public CancelService(ReservationQueries queries, CancellationStore store, Compensations compensations, Clock clock) {
        this.queries = queries;
        this.store = store;
        this.compensations = compensations;
        this.clock = clock;
    }

    public Reservation cancel(String reservationId, String guestId, long hotelId, Actor actor, String reason) {
        String why = reason.isBlank() ? "cancelled by " + actor.kind().name().toLowerCase() : reason;
        for (int attempt = 0; attempt < RACE_RETRIES; attempt++) {
            Reservation r = queries.get(reservationId, guestId, hotelId);
            if (r.status().terminal() && r.status() != ReservationStatus.REJECTED) {
                return r;
            }
            if (!cancelOnce(r, actor, why)) {
                continue;
            }
            compensations.runPending(reservationId);
            return queries.get(reservationId, "", 0);
        }
        throw new DomainException(ErrorKind.ABORTED, "CONCURRENT_CHANGE",
                "the reservation kept changing while it was being cancelled; retry")
                .with("reservation_id", reservationId);
    }

    /**
     * Paid, but the rooms were never confirmed (ConfirmHold still pending, or lost or released): no penalty for
     * rooms the guest may not have had.
     */
    private static boolean roomsNeverHeld(Reservation r) {
        return !r.holdConfirmed() || r.needsAttention() && ("HOLD_LOST_AFTER_PAYMENT".equals(r.attentionReason())
                || "HOLD_RELEASED_AFTER_PAYMENT".equals(r.attentionReason()));
    }

    private boolean cancelOnce(Reservation r, Actor actor, String reason) {
        LocalDate today = LocalDate.now(clock.withZone(r.policy().timeZone()));
        return switch (r.status()) {
            case REJECTED -> throw DomainException.failedPrecondition("RESERVATION_NOT_CANCELABLE",
                    "a rejected reservation holds nothing to cancel").with("status", r.status().name());
            case PENDING -> {
                RefundRule.requireNotEnded(r.stay(), today);
                yield store.cancelPending(r, actor, reason);
            }
            case PAID -> store.cancelPaid(r, roomsNeverHeld(r) ? r.amountMinor()
                    : RefundRule.refundMinor(r.stay(), r.nightPricesMinor(), r.amountMinor(), r.policy(), today),
                    actor, reason);
            default -> true;
        };
    }
}
