package io.staygrid.hotel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.staygrid.hotel.domain.CatalogErrors;
import io.staygrid.hotel.domain.Room;
import io.staygrid.hotel.domain.RoomStatus;
import io.staygrid.hotel.repository.entity.RoomEntity;
import io.staygrid.support.persistence.DatabaseErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Rooms table; a duplicate number within a hotel is refused by the unique index room_number_uq, which also decides
 * between concurrent writers. Writes reach the database at once (identity insert, explicit flush) so that a
 * violation is answered ROOM_NUMBER_TAKEN; the transaction then rolls back.
 */
@ApplicationScoped
@Transactional
public class RoomRepository implements PanacheRepositoryBase<RoomEntity, Long> {

    private static final String NUMBER_INDEX = "room_number_uq";

    public Room insert(Room r, Instant now) {
        RoomEntity e = new RoomEntity();
        e.hotelId = r.hotelId();
        CatalogMapping.copyEditable(r, e);
        e.createTime = now;
        e.updateTime = now;
        try {
            persist(e);
        } catch (PersistenceException failure) {
            throw numberTakenOr(failure, r);
        }
        return CatalogMapping.toDomain(e);
    }

    public Optional<Room> find(long hotelId, long roomId) {
        return find("id = ?1 and hotelId = ?2", roomId, hotelId).singleResultOptional().map(CatalogMapping::toDomain);
    }

    public Optional<Room> lock(long hotelId, long roomId) {
        return find("id = ?1 and hotelId = ?2", roomId, hotelId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .singleResultOptional().map(CatalogMapping::toDomain);
    }

    /** Up to {@code limit} rooms after {@code afterId}; roomTypeId 0 and status null mean any. */
    public List<Room> list(long hotelId, long roomTypeId, RoomStatus status, long afterId, int limit) {
        StringBuilder query = new StringBuilder("hotelId = :hotel and id > :afterId");
        Parameters params = Parameters.with("hotel", hotelId).and("afterId", afterId);
        if (roomTypeId != 0) {
            query.append(" and roomTypeId = :roomType");
            params.and("roomType", roomTypeId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status.name());
        }
        return find(query.toString(), Sort.by("id"), params).range(0, limit - 1).stream()
                .map(CatalogMapping::toDomain).toList();
    }

    public void update(Room r, Instant now) {
        RoomEntity e = findById(r.id());
        CatalogMapping.copyEditable(r, e);
        e.updateTime = now;
        try {
            flush();
        } catch (PersistenceException failure) {
            throw numberTakenOr(failure, r);
        }
    }

    private static RuntimeException numberTakenOr(PersistenceException failure, Room r) {
        return DatabaseErrors.isUniqueViolation(failure, NUMBER_INDEX) ? CatalogErrors.roomNumberTaken(r.number()) : failure;
    }

    public void delete(long roomId) {
        deleteById(roomId);
    }

    public int deleteOfHotel(long hotelId) {
        return (int) delete("hotelId", hotelId);
    }

    public long countOfRoomType(long roomTypeId) {
        return count("roomTypeId", roomTypeId);
    }

    public long countInService(long roomTypeId) {
        return count("roomTypeId = ?1 and status = ?2", roomTypeId, RoomStatus.IN_SERVICE.name());
    }
}
