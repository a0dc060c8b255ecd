package io.staygrid.hotel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.staygrid.hotel.domain.RoomOutage;
import io.staygrid.hotel.repository.entity.RoomOutageEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Room outages (maintenance windows) table. */
@ApplicationScoped
@Transactional
public class OutageRepository implements PanacheRepositoryBase<RoomOutageEntity, Long> {

    public RoomOutage insert(RoomOutage o, Instant now) {
        RoomOutageEntity e = new RoomOutageEntity();
        e.hotelId = o.hotelId();
        e.roomId = o.roomId();
        e.startDate = o.startDate();
        e.endDate = o.endDate();
        e.reason = o.reason();
        e.createTime = now;
        persist(e);
        return CatalogMapping.toDomain(e);
    }

    public Optional<RoomOutage> find(long hotelId, long roomId, long outageId) {
        return find("id = ?1 and roomId = ?2 and hotelId = ?3", outageId, roomId, hotelId).singleResultOptional()
                .map(CatalogMapping::toDomain);
    }

    /** Keyset page ordered by (start_date, outage_id); roomId 0 and null dates mean no filter. */
    public List<RoomOutage> list(long hotelId, long roomId, LocalDate from, LocalDate to, LocalDate afterStart,
            long afterId, int limit) {
        StringBuilder query = new StringBuilder("hotelId = :hotel");
        Parameters params = Parameters.with("hotel", hotelId);
        if (roomId != 0) {
            query.append(" and roomId = :room");
            params.and("room", roomId);
        }
        if (from != null) {
            query.append(" and startDate < :toDate and endDate > :fromDate");
            params.and("toDate", to).and("fromDate", from);
        }
        if (afterStart != null) {
            query.append(" and (startDate, id) > (:afterStart, :afterId)");
            params.and("afterStart", afterStart).and("afterId", afterId);
        }
        return find(query.toString(), Sort.by("startDate", "id"), params).range(0, limit - 1).stream()
                .map(CatalogMapping::toDomain).toList();
    }

    /** The room's outages that are not over by {@code today}. */
    public List<RoomOutage> currentOfRoom(long roomId, LocalDate today) {
        return find("roomId = ?1 and endDate > ?2", Sort.by("startDate"), roomId, today).stream()
                .map(CatalogMapping::toDomain).toList();
    }

    /** Outages of in-service rooms of a room type overlapping [from, to): what inventory counts out of service. */
    public List<RoomOutage> ofInServiceRooms(long roomTypeId, LocalDate from, LocalDate to) {
        return find("startDate < ?1 and endDate > ?2 and roomId in (select r.id from RoomEntity r"
                + " where r.roomTypeId = ?3 and r.status = 'IN_SERVICE')", to, from, roomTypeId).stream()
                .map(CatalogMapping::toDomain).toList();
    }

    public void delete(long outageId) {
        deleteById(outageId);
    }

    public void deleteOfRoom(long roomId) {
        delete("roomId", roomId);
    }

    public void deleteOfHotel(long hotelId) {
        delete("hotelId", hotelId);
    }
}
