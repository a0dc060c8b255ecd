package io.staygrid.hotel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.staygrid.hotel.domain.Hotel;
import io.staygrid.hotel.repository.entity.HotelEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Hotels table. */
@ApplicationScoped
@Transactional
public class HotelRepository implements PanacheRepositoryBase<HotelEntity, Long> {

    public Hotel insert(Hotel h, Instant now) {
        HotelEntity e = new HotelEntity();
        CatalogMapping.copyEditable(h, e);
        e.countryCode = h.countryCode();
        e.timeZone = h.timeZone();
        e.currencyCode = h.currencyCode();
        e.createTime = now;
        e.updateTime = now;
        persist(e);
        return CatalogMapping.toDomain(e);
    }

    public Optional<Hotel> find(long hotelId) {
        return findByIdOptional(hotelId).map(CatalogMapping::toDomain);
    }

    /**
     * The hotel, locked until the transaction ends so its children cannot change under a delete. Native: FOR UPDATE,
     * not the FOR NO KEY UPDATE of Hibernate's PESSIMISTIC_WRITE on PostgreSQL, so that inserts of room types, rooms
     * and outages (their foreign-key checks take KEY SHARE on the hotel row) wait for the delete.
     */
    public Optional<Hotel> lock(long hotelId) {
        return getSession().createNativeQuery("SELECT * FROM hotel WHERE hotel_id = ?1 FOR UPDATE", HotelEntity.class)
                .setParameter(1, hotelId).uniqueResultOptional().map(CatalogMapping::toDomain);
    }

    /** Up to {@code limit} hotels after {@code afterId}, ascending, optionally by city (any case) and country. */
    public List<Hotel> list(long afterId, String city, String countryCode, int limit) {
        StringBuilder query = new StringBuilder("id > :afterId");
        Parameters params = Parameters.with("afterId", afterId);
        if (!city.isEmpty()) {
            query.append(" and lower(city) = lower(:city)");
            params.and("city", city);
        }
        if (!countryCode.isEmpty()) {
            query.append(" and countryCode = :country");
            params.and("country", countryCode);
        }
        return find(query.toString(), Sort.by("id"), params).range(0, limit - 1).stream()
                .map(CatalogMapping::toDomain).toList();
    }

    public void update(Hotel h, Instant now) {
        HotelEntity e = findById(h.id());
        CatalogMapping.copyEditable(h, e);
        e.updateTime = now;
    }

    public void delete(long hotelId) {
        deleteById(hotelId);
    }
}
