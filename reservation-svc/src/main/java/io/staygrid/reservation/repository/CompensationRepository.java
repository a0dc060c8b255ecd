package io.staygrid.reservation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.staygrid.reservation.repository.entity.CompensationTaskEntity;
import io.staygrid.reservation.service.Compensation;
import io.staygrid.reservation.service.SagaStore.PendingCompensation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Durable compensations: enqueued with the status change, retried by the recovery job until done. Scheduling
 * statements are native: an upsert with its conditions in one statement, times on the database clock.
 */
@ApplicationScoped
@Transactional
public class CompensationRepository implements PanacheRepositoryBase<CompensationTaskEntity, CompensationTaskEntity.Key> {

    /** Enqueues (or re-arms a finished) compensation, first due for the recovery job after {@code delay}. */
    public void schedule(String reservationId, Compensation compensation, Long amountMinor, Duration delay) {
        upsert(reservationId, compensation, amountMinor, delay, " ON CONFLICT (reservation_id, task) DO UPDATE SET"
                + " done_time = NULL, amount_minor = coalesce(compensation_task.amount_minor, excluded.amount_minor)");
    }

    /**
     * Enqueues only what is not queued yet; a finished REFUND is re-armed only if the payment records that
     * nothing was refunded (a charge that landed after the refund ran).
     */
    public void scheduleMissing(String reservationId, Compensation compensation, Long amountMinor, Duration delay) {
        upsert(reservationId, compensation, amountMinor, delay, compensation == Compensation.REFUND
                ? " ON CONFLICT (reservation_id, task) DO UPDATE SET done_time = NULL,"
                + " amount_minor = coalesce(compensation_task.amount_minor, excluded.amount_minor)"
                + " WHERE compensation_task.done_time IS NOT NULL AND NOT EXISTS (SELECT 1 FROM payment p"
                + " WHERE p.reservation_id = compensation_task.reservation_id AND coalesce(p.refund_minor, 0) > 0)"
                : " ON CONFLICT (reservation_id, task) DO NOTHING");
    }

    private void upsert(String reservationId, Compensation compensation, Long amountMinor, Duration delay,
                        String onConflict) {
        getEntityManager().createNativeQuery("INSERT INTO compensation_task (reservation_id, task, amount_minor,"
                        + " next_attempt_time) VALUES (?1, ?2, CAST(?3 AS bigint),"
                        + " clock_timestamp() + ?4 * interval '1 millisecond')" + onConflict)
                .setParameter(1, UUID.fromString(reservationId)).setParameter(2, compensation.name())
                .setParameter(3, amountMinor).setParameter(4, delay.toMillis()).executeUpdate();
    }

    /** Pushes a compensation back by {@code delay} without counting an attempt. */
    public void defer(String reservationId, Compensation compensation, String why, Duration delay) {
        getEntityManager().createNativeQuery("UPDATE compensation_task SET next_attempt_time = clock_timestamp()"
                        + " + ?1 * interval '1 millisecond', last_error = ?2 WHERE reservation_id = ?3 AND task = ?4")
                .setParameter(1, delay.toMillis()).setParameter(2, why).setParameter(3, UUID.fromString(reservationId))
                .setParameter(4, compensation.name()).executeUpdate();
    }

    public List<PendingCompensation> pending(String reservationId) {
        return find("reservationId = ?1 and doneTime is null", Sort.descending("task"), UUID.fromString(reservationId))
                .stream().map(t -> new PendingCompensation(Compensation.valueOf(t.task), t.amountMinor, t.attempts))
                .toList();
    }

    public void done(String reservationId, Compensation compensation) {
        update("doneTime = ?1, lastError = null where reservationId = ?2 and task = ?3", Instant.now(),
                UUID.fromString(reservationId), compensation.name());
    }

    public void failed(String reservationId, Compensation compensation, String error) {
        update("attempts = attempts + 1, lastError = ?1 where reservationId = ?2 and task = ?3", error,
                UUID.fromString(reservationId), compensation.name());
    }

    /** Leases the reservations with compensations due (native: SKIP LOCKED lets several instances share). */
    @SuppressWarnings("unchecked")
    public List<String> claimDue(int limit, Duration lease) {
        List<String> ids = getEntityManager().createNativeQuery("UPDATE compensation_task SET next_attempt_time ="
                        + " clock_timestamp() + ?1 * interval '1 millisecond' WHERE (reservation_id, task) IN"
                        + " (SELECT reservation_id, task FROM compensation_task WHERE done_time IS NULL"
                        + " AND next_attempt_time < clock_timestamp() ORDER BY next_attempt_time LIMIT ?2"
                        + " FOR UPDATE SKIP LOCKED) RETURNING CAST(reservation_id AS text)")
                .setParameter(1, lease.toMillis()).setParameter(2, limit).getResultList();
        return ids.stream().distinct().toList();
    }
}
