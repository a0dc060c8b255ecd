package io.staygrid.hotel.repository;

import io.staygrid.hotel.domain.Hotel;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hotels table. */
@ApplicationScoped
public class HotelRepository {

    private static final String COLUMNS = "hotel_id, name, address_lines, city, postal_code, country_code, time_zone,"
            + " currency_code, star_rating, description, create_time, update_time";

    private final Sql sql;

    public HotelRepository(Sql sql) {
        this.sql = sql;
    }

    public Hotel insert(Hotel h, Instant now) {
        long id = sql.one("INSERT INTO hotel (name, address_lines, city, postal_code, country_code, time_zone, currency_code,"
                + " star_rating, description, create_time, update_time) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING hotel_id",
                rs -> rs.getLong(1), h.name(), h.addressLines(), h.city(), h.postalCode(), h.countryCode(), h.timeZone(),
                h.currencyCode(), h.starRating(), h.description(), now, now).orElseThrow();
        return h.withId(id, now, now);
    }

    public Optional<Hotel> find(long hotelId) {
        return sql.one("SELECT " + COLUMNS + " FROM hotel WHERE hotel_id = ?", HotelRepository::map, hotelId);
    }

    /** The hotel, locked until the transaction ends so its children cannot change under a delete. */
    public Optional<Hotel> lock(long hotelId) {
        return sql.one("SELECT " + COLUMNS + " FROM hotel WHERE hotel_id = ? FOR UPDATE", HotelRepository::map, hotelId);
    }

    /** Up to {@code limit} hotels after {@code afterId}, ascending, optionally by city (any case) and country. */
    public List<Hotel> list(long afterId, String city, String countryCode, int limit) {
        StringBuilder where = new StringBuilder(" WHERE hotel_id > ?");
        List<Object> params = new ArrayList<>(List.of(afterId));
        if (!city.isEmpty()) {
            where.append(" AND lower(city) = lower(?)");
            params.add(city);
        }
        if (!countryCode.isEmpty()) {
            where.append(" AND country_code = ?");
            params.add(countryCode);
        }
        params.add(limit);
        return sql.list("SELECT " + COLUMNS + " FROM hotel" + where + " ORDER BY hotel_id LIMIT ?", HotelRepository::map,
                params.toArray());
    }

    public void update(Hotel h, Instant now) {
        sql.update("UPDATE hotel SET name = ?, address_lines = ?, city = ?, postal_code = ?, star_rating = ?, description = ?,"
                + " update_time = ? WHERE hotel_id = ?", h.name(), h.addressLines(), h.city(), h.postalCode(), h.starRating(),
                h.description(), now, h.id());
    }

    public void delete(long hotelId) {
        sql.update("DELETE FROM hotel WHERE hotel_id = ?", hotelId);
    }

    private static Hotel map(ResultSet rs) throws SQLException {
        return new Hotel(rs.getLong("hotel_id"), rs.getString("name"), Sql.strings(rs, "address_lines"), rs.getString("city"),
                rs.getString("postal_code"), rs.getString("country_code"), rs.getString("time_zone"),
                rs.getString("currency_code"), rs.getInt("star_rating"), rs.getString("description"),
                Sql.instant(rs, "create_time"), Sql.instant(rs, "update_time"));
    }
}
