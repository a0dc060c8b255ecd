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

/** A row of {@code reservation_event}: one entry of a reservation's audit trail, numbered per reservation. */
@Entity
@Table(name = "reservation_event")
@IdClass(ReservationEventEntity.Key.class)
public class ReservationEventEntity {

    /** The primary key: the reservation and the entry's number. */
    public static class Key implements Serializable {
        public UUID reservationId;
        public long sequence;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(reservationId, k.reservationId) && sequence == k.sequence;
        }

        @Override
        public int hashCode() {
            return Objects.hash(reservationId, sequence);
        }
    }

    @Id
    @Column(name = "reservation_id")
    public UUID reservationId;

    @Id
    public long sequence;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status")
    public String toStatus;

    @Column(name = "event_time", insertable = false, updatable = false)
    public Instant eventTime;

    @Column(name = "actor_kind")
    public String actorKind;

    @Column(name = "actor_id")
    public String actorId;

    public String reason;
}
