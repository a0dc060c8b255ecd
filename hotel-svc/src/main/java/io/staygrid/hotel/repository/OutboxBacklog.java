package io.staygrid.hotel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.hotel.repository.entity.CapacityOutboxEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/** The capacity outbox as an operator sees it: delivered rows are deleted, so what is left is the backlog. */
@ApplicationScoped
@Transactional
public class OutboxBacklog implements PanacheRepositoryBase<CapacityOutboxEntity, Long> {

    /** Rows waiting for delivery, rows parked after a permanent refusal, and the age of the oldest waiting row. */
    public record Backlog(long pending, long parked, double oldestPendingSeconds) {
    }

    public Backlog read() {
        Instant oldest = getEntityManager().createQuery(
                        "select min(o.createTime) from CapacityOutboxEntity o where o.parked = false", Instant.class)
                .getSingleResult();
        double age = oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
        return new Backlog(count("parked = false"), count("parked = true"), age);
    }
}
