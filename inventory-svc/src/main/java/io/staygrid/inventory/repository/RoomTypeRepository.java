package io.staygrid.inventory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.inventory.domain.RoomTypeCapacity;
import io.staygrid.inventory.repository.entity.RoomTypeEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rooms in service per room type, with the hotel's time zone. */
@ApplicationScoped
@Transactional
public class RoomTypeRepository implements PanacheRepositoryBase<RoomTypeEntity, RoomTypeEntity.Key> {

    private static final String WITH_ZONE = "select new io.staygrid.inventory.domain.RoomTypeCapacity(rt.hotelId,"
            + " rt.roomTypeId, h.timeZone, rt.rooms, rt.createTime, rt.updateTime)"
            + " from RoomTypeEntity rt join HotelEntity h on h.hotelId = rt.hotelId";

    public Optional<RoomTypeCapacity> byId(long hotelId, long roomTypeId) {
        return getEntityManager().createQuery(WITH_ZONE + " where rt.hotelId = ?1 and rt.roomTypeId = ?2",
                RoomTypeCapacity.class).setParameter(1, hotelId).setParameter(2, roomTypeId).getResultStream().findFirst();
    }

    /**
     * Locks the room type's row (capacity changes of one room type are serialized). Hibernate's PESSIMISTIC_WRITE
     * is FOR NO KEY UPDATE, not FOR UPDATE: every insert of a night takes FOR KEY SHARE on this row for its
     * foreign key check, and must not wait for a capacity change that may itself wait for that insert.
     */
    public Optional<RoomTypeCapacity> lock(long hotelId, long roomTypeId) {
        Optional<RoomTypeEntity> row = findByIdOptional(new RoomTypeEntity.Key(hotelId, roomTypeId));
        row.ifPresent(rt -> getEntityManager().refresh(rt, LockModeType.PESSIMISTIC_WRITE));
        return row.flatMap(rt -> byId(hotelId, roomTypeId));
    }

    /**
     * Creates or updates the room type's rooms (the hotel row must exist) and returns it locked. A new room type
     * starts at the hotel's policy in effect; a policy change in flight moves it like the others. Native: an
     * atomic create-or-update.
     */
    public RoomTypeCapacity upsert(long hotelId, long roomTypeId, int rooms, int hotelPercent, Instant now) {
        getEntityManager().createNativeQuery("""
                INSERT INTO room_type (hotel_id, room_type_id, rooms, applied_percent, create_time, update_time)
                VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                ON CONFLICT (hotel_id, room_type_id) DO UPDATE SET rooms = EXCLUDED.rooms, update_time = EXCLUDED.update_time
                """).setParameter(1, hotelId).setParameter(2, roomTypeId).setParameter(3, rooms)
                .setParameter(4, hotelPercent).setParameter(5, now).executeUpdate();
        return lock(hotelId, roomTypeId).orElseThrow();
    }

    /** Sets the percent the room type's sell limits are computed with (the row must be locked). */
    public void setAppliedPercent(long hotelId, long roomTypeId, int percent) {
        update("appliedPercent = ?1 where hotelId = ?2 and roomTypeId = ?3", percent, hotelId, roomTypeId);
    }

    /** The next room type of the hotel after {@code afterRoomTypeId} whose limits use another percent than this one. */
    public Optional<Long> nextNotAt(long hotelId, int percent, long afterRoomTypeId) {
        return getEntityManager().createQuery("select rt.roomTypeId from RoomTypeEntity rt where rt.hotelId = ?1"
                        + " and rt.roomTypeId > ?2 and rt.appliedPercent <> ?3 order by rt.roomTypeId", Long.class)
                .setParameter(1, hotelId).setParameter(2, afterRoomTypeId).setParameter(3, percent).setMaxResults(1)
                .getResultStream().findFirst();
    }

    public void touch(long hotelId, long roomTypeId, Instant now) {
        update("updateTime = ?1 where hotelId = ?2 and roomTypeId = ?3", now, hotelId, roomTypeId);
    }

    /** Up to {@code limit} room types of a hotel after {@code afterRoomTypeId}, by id. */
    public List<RoomTypeCapacity> list(long hotelId, boolean includeRetired, long afterRoomTypeId, int limit) {
        return getEntityManager().createQuery(WITH_ZONE + " where rt.hotelId = ?1 and rt.roomTypeId > ?2"
                        + " and (?3 = true or rt.rooms > 0) order by rt.roomTypeId", RoomTypeCapacity.class)
                .setParameter(1, hotelId).setParameter(2, afterRoomTypeId).setParameter(3, includeRetired)
                .setMaxResults(limit).getResultList();
    }
}
