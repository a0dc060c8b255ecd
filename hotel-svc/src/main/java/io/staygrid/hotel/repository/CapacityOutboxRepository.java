package io.staygrid.hotel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.staygrid.hotel.domain.CapacityStatus;
import io.staygrid.hotel.domain.DateRange;
import io.staygrid.hotel.repository.entity.CapacityOutboxEntity;
import io.staygrid.hotel.repository.entity.CapacitySyncEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The capacity outbox, with the per-room-type sync rows the relay locks and the resync requests. */
@ApplicationScoped
@Transactional
public class CapacityOutboxRepository implements PanacheRepositoryBase<CapacityOutboxEntity, Long> {

    /** A room type the relay has locked for delivery. */
    public record SyncTarget(long hotelId, long roomTypeId, String hotelTimeZone, int attempts) {
    }

    /** One pending change; dates are null for a change of the rooms in service; force if staff forced it. */
    public record Change(long outboxId, LocalDate startDate, LocalDate endDate, boolean force) {

        public Optional<DateRange> dates() {
            return startDate == null ? Optional.empty() : Optional.of(new DateRange(startDate, endDate));
        }
    }

    private final CapacitySyncRepository syncs;
    private final CapacityResyncRepository resyncs;

    public CapacityOutboxRepository(CapacitySyncRepository syncs, CapacityResyncRepository resyncs) {
        this.syncs = syncs;
        this.resyncs = resyncs;
    }

    public void ensureSyncRow(long hotelId, long roomTypeId, String hotelTimeZone) {
        syncs.ensure(hotelId, roomTypeId, hotelTimeZone);
    }

    public void recordRoomsChange(long hotelId, long roomTypeId, boolean force) {
        record(hotelId, roomTypeId, null, null, force);
    }

    public void recordOutOfServiceChange(long hotelId, long roomTypeId, LocalDate start, LocalDate end, boolean force) {
        record(hotelId, roomTypeId, start, end, force);
    }

    private void record(long hotelId, long roomTypeId, LocalDate start, LocalDate end, boolean force) {
        CapacityOutboxEntity row = new CapacityOutboxEntity();
        row.hotelId = hotelId;
        row.roomTypeId = roomTypeId;
        row.startDate = start;
        row.endDate = end;
        row.force = force;
        persist(row);
    }

    /** Asks the relay to re-send the room type as the catalog has it (upsert; a new generation every time). */
    public void requestResync(long hotelId, long roomTypeId) {
        resyncs.request(hotelId, roomTypeId);
    }

    /** The generation of the pending resync request of the room type, if any. */
    public Optional<Long> resyncGeneration(long roomTypeId) {
        return resyncs.generation(roomTypeId);
    }

    /**
     * Locks the room type's sync row for a catalog change that applies a reduction synchronously, waiting for a
     * delivery in progress: while it is held no relay can deliver the room type (they skip locked rows).
     */
    public Optional<SyncTarget> lockForChange(long roomTypeId) {
        return syncs.lock(roomTypeId).map(CapacityOutboxRepository::target);
    }

    /** The catalog's capacity of the room type and how far its delivery is, in one statement. */
    public CapacityStatus status(long hotelId, long roomTypeId) {
        Object[] row = getEntityManager().createQuery("""
                select count(r), count(case when r.status = 'IN_SERVICE' then 1 end),
                    (select min(o.createTime) from CapacityOutboxEntity o where o.roomTypeId = :roomType),
                    (select s.lastSyncTime from CapacitySyncEntity s where s.roomTypeId = :roomType),
                    (select s.lastSyncError from CapacitySyncEntity s where s.roomTypeId = :roomType)
                from RoomEntity r where r.roomTypeId = :roomType""", Object[].class)
                .setParameter("roomType", roomTypeId).getSingleResult();
        Instant pendingSince = (Instant) row[2];
        String error = (String) row[4];
        return new CapacityStatus(hotelId, roomTypeId, ((Long) row[0]).intValue(), ((Long) row[1]).intValue(),
                pendingSince != null, pendingSince, (Instant) row[3], error == null ? "" : error);
    }

    /** Locks one room type with pending changes whose retry time has come; others' locked rows are skipped. */
    public Optional<SyncTarget> lockNextDue() {
        return syncs.lockNextDue().map(CapacityOutboxRepository::target);
    }

    /** Locks this room type if it has unparked pending changes and nobody else is delivering it, whatever its retry time. */
    public Optional<SyncTarget> lockNow(long roomTypeId) {
        return syncs.lockIfDue(roomTypeId).map(CapacityOutboxRepository::target);
    }

    /** Every committed pending change of the room type, parked ones included (their dates are re-sent too). */
    public List<Change> pending(long roomTypeId) {
        return find("roomTypeId", Sort.by("id"), roomTypeId).stream()
                .map(o -> new Change(o.id, o.startDate, o.endDate, o.force)).toList();
    }

    /**
     * Deletes exactly the delivered rows. Not "up to the highest id read": identities are taken at insert, not at
     * commit, so a lower id may commit after the read; it must stay pending and go out with the next delivery.
     */
    public void markDelivered(long roomTypeId, List<Change> delivered, Optional<Long> resyncGeneration, Instant now) {
        if (!delivered.isEmpty()) {
            delete("roomTypeId = ?1 and id in ?2", roomTypeId, ids(delivered));
        }
        forgetResync(roomTypeId, resyncGeneration);
        syncs.delivered(roomTypeId, now);
    }

    public void markFailed(long roomTypeId, String error, Instant nextAttempt) {
        syncs.failed(roomTypeId, error, nextAttempt);
    }

    /**
     * Inventory-svc refused these rows for good: keep them (the room type stays PENDING and shows the error) but
     * stop retrying them; a later change makes the room type due again and re-sends them with it.
     */
    public void markParked(long roomTypeId, List<Change> refused, Optional<Long> resyncGeneration, String error, Instant now) {
        if (!refused.isEmpty()) {
            update("parked = true where roomTypeId = ?1 and id in ?2", roomTypeId, ids(refused));
        }
        forgetResync(roomTypeId, resyncGeneration);
        syncs.parked(roomTypeId, error, now);
    }

    /** A resync request is answered by any delivery that read it; a newer request stays. */
    private void forgetResync(long roomTypeId, Optional<Long> generation) {
        generation.ifPresent(g -> resyncs.forget(roomTypeId, g));
    }

    private static List<Long> ids(List<Change> changes) {
        return changes.stream().map(Change::outboxId).toList();
    }

    /** Forgets a deleted room type once its retirement has been delivered and nothing else is pending. */
    public void forgetIfIdle(long roomTypeId) {
        syncs.forgetIfIdle(roomTypeId);
    }

    private static SyncTarget target(CapacitySyncEntity s) {
        return new SyncTarget(s.hotelId, s.roomTypeId, s.hotelTimeZone, s.attempts);
    }
}
