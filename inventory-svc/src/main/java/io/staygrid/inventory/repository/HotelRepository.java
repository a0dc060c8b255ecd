package io.staygrid.inventory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The hotel row: the first lock every capacity or policy change of a hotel takes. */
@ApplicationScoped
public class HotelRepository {

    private static final String COLUMNS = "hotel_id, time_zone, overbooking_percent, policy_update_time";

    private final Sql sql;

    public HotelRepository(Sql sql) {
        this.sql = sql;
    }

    public Optional<HotelRow> find(long hotelId) {
        return sql.one("SELECT " + COLUMNS + " FROM hotel WHERE hotel_id = ?", HotelRepository::map, hotelId);
    }

    /** Creates the hotel or sets its time zone, and locks its row for the rest of the transaction. */
    public HotelRow lockWithTimeZone(long hotelId, String timeZone, Instant now) {
        return sql.one("""
                INSERT INTO hotel (hotel_id, time_zone, create_time) VALUES (?, ?, ?)
                ON CONFLICT (hotel_id) DO UPDATE SET time_zone = EXCLUDED.time_zone
                RETURNING\s""" + COLUMNS, HotelRepository::map, hotelId, timeZone, now).orElseThrow();
    }

    /** Creates the hotel or sets its overbooking percent, and locks its row for the rest of the transaction. */
    public HotelRow lockWithPercent(long hotelId, int percent, Instant now) {
        return sql.one("""
                INSERT INTO hotel (hotel_id, overbooking_percent, policy_update_time, create_time) VALUES (?, ?, ?, ?)
                ON CONFLICT (hotel_id) DO UPDATE
                  SET overbooking_percent = EXCLUDED.overbooking_percent, policy_update_time = EXCLUDED.policy_update_time
                RETURNING\s""" + COLUMNS, HotelRepository::map, hotelId, percent, now, now).orElseThrow();
    }

    /** Locks the hotel row; NO KEY UPDATE keeps inserts of its room types (FK: FOR KEY SHARE) from waiting. */
    public Optional<HotelRow> lock(long hotelId) {
        return sql.one("SELECT " + COLUMNS + " FROM hotel WHERE hotel_id = ? FOR NO KEY UPDATE", HotelRepository::map, hotelId);
    }

    private static HotelRow map(ResultSet rs) throws SQLException {
        return new HotelRow(rs.getLong("hotel_id"), rs.getString("time_zone"),
                (Integer) rs.getObject("overbooking_percent"), Sql.instant(rs, "policy_update_time"));
    }
}
