package io.staygrid.hotel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.staygrid.hotel.domain.RoomType;
import io.staygrid.hotel.repository.entity.RoomTypeEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Room types table. */
@ApplicationScoped
@Transactional
public class RoomTypeRepository implements PanacheRepositoryBase<RoomTypeEntity, Long> {

    public RoomType insert(RoomType t, Instant now) {
        RoomTypeEntity e = new RoomTypeEntity();
        e.hotelId = t.hotelId();
        CatalogMapping.copyEditable(t, e);
        e.createTime = now;
        e.updateTime = now;
        persist(e);
        return CatalogMapping.toDomain(e);
    }

    /** The room type with this id in any hotel. */
    public Optional<RoomType> findAnyHotel(long roomTypeId) {
        return findByIdOptional(roomTypeId).map(CatalogMapping::toDomain);
    }

    public Optional<RoomType> find(long hotelId, long roomTypeId) {
        return find("id = ?1 and hotelId = ?2", roomTypeId, hotelId).singleResultOptional().map(CatalogMapping::toDomain);
    }

    /** Locks the room type so that capacity changes of it are checked and written one at a time. */
    public Optional<RoomType> lock(long hotelId, long roomTypeId) {
        return find("id = ?1 and hotelId = ?2", roomTypeId, hotelId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .singleResultOptional().map(CatalogMapping::toDomain);
    }

    public List<RoomType> list(long hotelId, long afterId, int limit) {
        return find("hotelId = ?1 and id > ?2", Sort.by("id"), hotelId, afterId).range(0, limit - 1).stream()
                .map(CatalogMapping::toDomain).toList();
    }

    public List<Long> idsOfHotel(long hotelId) {
        return getEntityManager().createQuery("select t.id from RoomTypeEntity t where t.hotelId = ?1 order by t.id",
                Long.class).setParameter(1, hotelId).getResultList();
    }

    public void update(RoomType t, Instant now) {
        RoomTypeEntity e = findById(t.id());
        CatalogMapping.copyEditable(t, e);
        e.updateTime = now;
    }

    public void delete(long roomTypeId) {
        deleteById(roomTypeId);
    }

    public int deleteOfHotel(long hotelId) {
        return (int) delete("hotelId", hotelId);
    }
}
