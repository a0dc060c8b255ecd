package io.staygrid.hotel.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The capacity outbox as an operator sees it: delivered rows are deleted, so what is left is the backlog. */
@ApplicationScoped
public class OutboxBacklog {

    /** Rows waiting for delivery, rows parked after a permanent refusal, and the age of the oldest waiting row. */
    public record Backlog(long pending, long parked, double oldestPendingSeconds) {
    }

    private final EntityManager entityManager;

    public OutboxBacklog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Backlog read() {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT count(*) FILTER (WHERE NOT parked),"
                + " count(*) FILTER (WHERE parked),"
                + " coalesce(EXTRACT(EPOCH FROM clock_timestamp() - min(create_time) FILTER (WHERE NOT parked)), 0)"
                + " FROM capacity_outbox").getSingleResult();
        return new Backlog(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).doubleValue());
    }
}
