package io.staygrid.reservation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The backlog an operator watches, counted in one statement (each part is served by a partial index). */
@ApplicationScoped
public class BacklogCounts {

    /** Compensations not done yet; STUCK reservations still unfinished; unfinished reservations in all. */
    public record Backlog(long compensationsPending, long stuck, long unfinished) {
    }

    private static final String UNFINISHED = "(status = 'PENDING' OR (status = 'PAID' AND NOT hold_confirmed))";

    private final EntityManager entityManager;

    public BacklogCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Backlog read() {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT"
                + " (SELECT count(*) FROM compensation_task WHERE done_time IS NULL),"
                + " (SELECT count(*) FROM reservation WHERE " + UNFINISHED
                + " AND needs_attention AND attention_reason = 'STUCK'),"
                + " (SELECT count(*) FROM reservation WHERE " + UNFINISHED + ")").getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }
}
