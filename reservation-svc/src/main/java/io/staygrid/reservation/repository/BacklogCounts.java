package io.staygrid.reservation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The backlog an operator watches, counted with Panache (each count is served by a partial index). */
@ApplicationScoped
public class BacklogCounts {

    /** Compensations not done yet; STUCK reservations still unfinished; unfinished reservations in all. */
    public record Backlog(long compensationsPending, long stuck, long unfinished) {
    }

    private static final String UNFINISHED = "(status = 'PENDING' or (status = 'PAID' and holdConfirmed = false))";

    private final CompensationRepository compensations;
    private final ReservationRepository reservations;

    public BacklogCounts(CompensationRepository compensations, ReservationRepository reservations) {
        this.compensations = compensations;
        this.reservations = reservations;
    }

    @Transactional
    public Backlog read() {
        return new Backlog(compensations.count("doneTime is null"),
                reservations.count(UNFINISHED + " and needsAttention = true and attentionReason = 'STUCK'"),
                reservations.count(UNFINISHED));
    }
}
