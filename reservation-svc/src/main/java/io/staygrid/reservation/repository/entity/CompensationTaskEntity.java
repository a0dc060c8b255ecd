package io.staygrid.reservation.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code compensation_task}: a durable compensation (release the hold, refund) until it is done. */
@Entity
@Table(name = "compensation_task")
@IdClass(CompensationTaskEntity.Key.class)
public class CompensationTaskEntity {

    /** The primary key: the reservation and the compensation. */
    public static class Key implements Serializable {
        public UUID reservationId;
        public String task;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(reservationId, k.reservationId) && Objects.equals(task, k.task);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reservationId, task);
        }
    }

    @Id
    @Column(name = "reservation_id")
    public UUID reservationId;

    @Id
    public String task;

    @Column(name = "amount_minor")
    public Long amountMinor;

    public int attempts;

    @Column(name = "next_attempt_time")
    public Instant nextAttemptTime;

    @Column(name = "done_time")
    public Instant doneTime;

    @Column(name = "last_error")
    public String lastError;
}
