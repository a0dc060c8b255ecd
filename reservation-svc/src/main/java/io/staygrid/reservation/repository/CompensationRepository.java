package io.staygrid.reservation.repository;

import io.staygrid.reservation.service.Compensation;
import io.staygrid.reservation.service.SagaStore.PendingCompensation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Durable compensations: enqueued with the status change, retried by the recovery job until done. */
@ApplicationScoped
public class CompensationRepository {

    private final Db db;

    public CompensationRepository(Db db) {
        this.db = db;
    }

    /** Enqueues (or re-arms a finished) compensation, first due for the recovery job after {@code delay}. */
    public void schedule(String reservationId, Compensation compensation, Long amountMinor, Duration delay) {
        db.update("INSERT INTO compensation_task (reservation_id, task, amount_minor, next_attempt_time)"
                        + " VALUES (?, ?, ?, clock_timestamp() + ? * interval '1 millisecond')"
                        + " ON CONFLICT (reservation_id, task) DO UPDATE SET done_time = NULL,"
                        + " amount_minor = coalesce(compensation_task.amount_minor, excluded.amount_minor)",
                UUID.fromString(reservationId), compensation, amountMinor, delay.toMillis());
    }

    /**
     * Enqueues only what is not queued yet; a finished REFUND is re-armed only if the payment records that
     * nothing was refunded (a charge that landed after the refund ran).
     */
    public void scheduleMissing(String reservationId, Compensation compensation, Long amountMinor, Duration delay) {
        String onConflict = compensation == Compensation.REFUND
                ? " ON CONFLICT (reservation_id, task) DO UPDATE SET done_time = NULL,"
                + " amount_minor = coalesce(compensation_task.amount_minor, excluded.amount_minor)"
                + " WHERE compensation_task.done_time IS NOT NULL AND NOT EXISTS (SELECT 1 FROM payment p"
                + " WHERE p.reservation_id = compensation_task.reservation_id AND coalesce(p.refund_minor, 0) > 0)"
                : " ON CONFLICT (reservation_id, task) DO NOTHING";
        db.update("INSERT INTO compensation_task (reservation_id, task, amount_minor, next_attempt_time)"
                        + " VALUES (?, ?, ?, clock_timestamp() + ? * interval '1 millisecond')" + onConflict,
                UUID.fromString(reservationId), compensation, amountMinor, delay.toMillis());
    }

    /** Pushes a compensation back by {@code delay} without counting an attempt. */
    public void defer(String reservationId, Compensation compensation, String why, Duration delay) {
        db.update("UPDATE compensation_task SET next_attempt_time = clock_timestamp() + ? * interval '1 millisecond',"
                        + " last_error = ? WHERE reservation_id = ? AND task = ?",
                delay.toMillis(), why, UUID.fromString(reservationId), compensation);
    }

    public List<PendingCompensation> pending(String reservationId) {
        return db.query("SELECT task, amount_minor, attempts FROM compensation_task"
                        + " WHERE reservation_id = ? AND done_time IS NULL ORDER BY task DESC",
                rs -> new PendingCompensation(Compensation.valueOf(rs.getString("task")),
                        Db.nullableLong(rs, "amount_minor"), rs.getInt("attempts")),
                UUID.fromString(reservationId));
    }

    public void done(String reservationId, Compensation compensation) {
        db.update("UPDATE compensation_task SET done_time = clock_timestamp(), last_error = NULL"
                + " WHERE reservation_id = ? AND task = ?", UUID.fromString(reservationId), compensation);
    }

    public void failed(String reservationId, Compensation compensation, String error) {
        db.update("UPDATE compensation_task SET attempts = attempts + 1, last_error = ?"
                + " WHERE reservation_id = ? AND task = ?", error, UUID.fromString(reservationId), compensation);
    }

    /** Leases the reservations with compensations due (SKIP LOCKED: safe on several instances). */
    public List<String> claimDue(int limit, Duration lease) {
        return db.query("UPDATE compensation_task SET next_attempt_time = clock_timestamp() + ? * interval"
                        + " '1 millisecond' WHERE (reservation_id, task) IN (SELECT reservation_id, task"
                        + " FROM compensation_task WHERE done_time IS NULL AND next_attempt_time < clock_timestamp()"
                        + " ORDER BY next_attempt_time LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING reservation_id",
                rs -> rs.getString(1), lease.toMillis(), limit).stream().distinct().toList();
    }
}
