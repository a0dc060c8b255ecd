package io.staygrid.reservation.repository;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.ReservationEvent;
import io.staygrid.reservation.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The audit trail. Callers append inside the transaction that changed the reservation row (and locked it). */
@ApplicationScoped
public class EventRepository {

    private final Db db;

    public EventRepository(Db db) {
        this.db = db;
    }

    public void append(String reservationId, ReservationStatus from, ReservationStatus to, Actor actor, String reason) {
        db.update("INSERT INTO reservation_event (reservation_id, sequence, from_status, to_status, actor_kind, actor_id,"
                        + " reason) SELECT ?, coalesce(max(sequence), 0) + 1, ?, ?, ?, ?, ? FROM reservation_event"
                        + " WHERE reservation_id = ?",
                UUID.fromString(reservationId), from, to, actor.kind(), actor.id(), reason == null ? "" : reason,
                UUID.fromString(reservationId));
    }

    /** Up to {@code limit} events after {@code afterSequence}, oldest first. */
    public List<ReservationEvent> list(String reservationId, long afterSequence, int limit) {
        return db.query("SELECT * FROM reservation_event WHERE reservation_id = ? AND sequence > ?"
                        + " ORDER BY sequence LIMIT ?",
                rs -> new ReservationEvent(rs.getString("reservation_id"), rs.getLong("sequence"),
                        rs.getString("from_status") == null ? null : ReservationStatus.valueOf(rs.getString("from_status")),
                        ReservationStatus.valueOf(rs.getString("to_status")), Db.instant(rs, "event_time"),
                        new Actor(Actor.Kind.valueOf(rs.getString("actor_kind")), rs.getString("actor_id")),
                        rs.getString("reason")),
                UUID.fromString(reservationId), afterSequence, limit);
    }
}
