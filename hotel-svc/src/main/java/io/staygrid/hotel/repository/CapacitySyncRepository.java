package io.staygrid.hotel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.hotel.repository.entity.CapacitySyncEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** The per-room-type sync rows: their lock serializes the deliveries of a room type; they keep its retry state. */
@ApplicationScoped
@Transactional
public class CapacitySyncRepository implements PanacheRepositoryBase<CapacitySyncEntity, Long> {

    /**
     * Pending and not parked, or a resync requested: only such a row makes a room type due (parked rows ride along
     * with the next change).
     */
    private static final String DUE = "(EXISTS (SELECT 1 FROM capacity_outbox o WHERE o.room_type_id = s.room_type_id"
            + " AND NOT o.parked) OR EXISTS (SELECT 1 FROM capacity_resync r WHERE r.room_type_id = s.room_type_id))";

    /** Native: ON CONFLICT DO NOTHING creates the row once, however many transactions race to create it. */
    public void ensure(long hotelId, long roomTypeId, String hotelTimeZone) {
        getEntityManager().createNativeQuery("INSERT INTO capacity_sync (room_type_id, hotel_id, hotel_time_zone)"
                        + " VALUES (?1, ?2, ?3) ON CONFLICT (room_type_id) DO NOTHING")
                .setParameter(1, roomTypeId).setParameter(2, hotelId).setParameter(3, hotelTimeZone).executeUpdate();
    }

    /** Locks the row, waiting for a delivery in progress. */
    public Optional<CapacitySyncEntity> lock(long roomTypeId) {
        return findByIdOptional(roomTypeId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Native: FOR UPDATE SKIP LOCKED lets instances share the due room types without waiting on each other. */
    public Optional<CapacitySyncEntity> lockNextDue() {
        return getSession().createNativeQuery("SELECT s.* FROM capacity_sync s WHERE s.next_attempt_at <= now() AND " + DUE
                + " ORDER BY s.next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED", CapacitySyncEntity.class)
                .uniqueResultOptional();
    }

    /** Native: FOR UPDATE SKIP LOCKED, so a room type being delivered or reduced elsewhere is skipped, not awaited. */
    public Optional<CapacitySyncEntity> lockIfDue(long roomTypeId) {
        return getSession().createNativeQuery("SELECT s.* FROM capacity_sync s WHERE s.room_type_id = ?1 AND " + DUE
                + " FOR UPDATE SKIP LOCKED", CapacitySyncEntity.class).setParameter(1, roomTypeId).uniqueResultOptional();
    }

    public void delivered(long roomTypeId, Instant now) {
        findByIdOptional(roomTypeId).ifPresent(s -> {
            s.attempts = 0;
            s.nextAttemptAt = now;
            s.lastSyncTime = now;
            s.lastSyncError = "";
        });
    }

    public void failed(long roomTypeId, String error, Instant nextAttempt) {
        findByIdOptional(roomTypeId).ifPresent(s -> {
            s.attempts++;
            s.nextAttemptAt = nextAttempt;
            s.lastSyncError = error;
        });
    }

    public void parked(long roomTypeId, String error, Instant now) {
        findByIdOptional(roomTypeId).ifPresent(s -> {
            s.attempts = 0;
            s.nextAttemptAt = now;
            s.lastSyncError = error;
        });
    }

    /** Forgets a deleted room type's row once nothing of it is pending. */
    public void forgetIfIdle(long roomTypeId) {
        delete("roomTypeId = ?1 and not exists (select 1 from CapacityOutboxEntity o where o.roomTypeId = ?1)", roomTypeId);
    }
}
