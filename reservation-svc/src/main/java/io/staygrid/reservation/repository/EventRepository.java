package io.staygrid.reservation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.ReservationEvent;
import io.staygrid.reservation.domain.ReservationStatus;
import io.staygrid.reservation.repository.entity.ReservationEventEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The audit trail. Callers append inside the transaction that changed (and locked) the reservation row. */
@ApplicationScoped
@Transactional
public class EventRepository implements PanacheRepositoryBase<ReservationEventEntity, ReservationEventEntity.Key> {

    public void append(String reservationId, ReservationStatus from, ReservationStatus to, Actor actor, String reason) {
        UUID id = UUID.fromString(reservationId);
        Long last = getEntityManager().createQuery(
                "select max(e.sequence) from ReservationEventEntity e where e.reservationId = ?1", Long.class)
                .setParameter(1, id).getSingleResult();
        ReservationEventEntity event = new ReservationEventEntity();
        event.reservationId = id;
        event.sequence = last == null ? 1 : last + 1;
        event.fromStatus = from == null ? null : from.name();
        event.toStatus = to.name();
        event.actorKind = actor.kind().name();
        event.actorId = actor.id();
        event.reason = reason == null ? "" : reason;
        persist(event);
    }

    /** Up to {@code limit} events after {@code afterSequence}, oldest first. */
    public List<ReservationEvent> list(String reservationId, long afterSequence, int limit) {
        return find("reservationId = ?1 and sequence > ?2", Sort.by("sequence"), UUID.fromString(reservationId),
                afterSequence).range(0, limit - 1).stream()
                .map(e -> new ReservationEvent(e.reservationId.toString(), e.sequence,
                        e.fromStatus == null ? null : ReservationStatus.valueOf(e.fromStatus),
                        ReservationStatus.valueOf(e.toStatus), e.eventTime,
                        new Actor(Actor.Kind.valueOf(e.actorKind), e.actorId), e.reason))
                .toList();
    }
}
