package io.staygrid.inventory.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hotel row: the first lock every capacity change and every policy transaction of a hotel takes. */
@ApplicationScoped
public class HotelRepository {

    private static final String COLUMNS =
            "hotel_id, time_zone, overbooking_percent, policy_update_time, pending_percent, pending_token, pending_until";

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

    /** Creates the hotel if it is unknown and locks its row (a policy may be set before any capacity). */
    public HotelRow lockOrCreate(long hotelId, Instant now) {
        sql.update("INSERT INTO hotel (hotel_id, create_time) VALUES (?, ?) ON CONFLICT (hotel_id) DO NOTHING", hotelId, now);
        return lock(hotelId).orElseThrow();
    }

    /** Locks the hotel row; NO KEY UPDATE keeps inserts of its room types (FK: FOR KEY SHARE) from waiting. */
    public Optional<HotelRow> lock(long hotelId) {
        return sql.one("SELECT " + COLUMNS + " FROM hotel WHERE hotel_id = ? FOR NO KEY UPDATE", HotelRepository::map, hotelId);
    }

    /** Shares the hotel row: a policy step keeps the pending marker it checked from changing until it commits. */
    public Optional<HotelRow> share(long hotelId) {
        return sql.one("SELECT " + COLUMNS + " FROM hotel WHERE hotel_id = ? FOR SHARE", HotelRepository::map, hotelId);
    }

    /** Sets the policy in effect (the row must be locked). */
    public void setPercent(long hotelId, int percent, Instant now) {
        sql.update("UPDATE hotel SET overbooking_percent = ?, policy_update_time = ? WHERE hotel_id = ?", percent, now, hotelId);
    }

    /** Marks a policy change in flight, owned by {@code token} until {@code until} (the row must be locked). */
    public void setPending(long hotelId, int percent, UUID token, Instant until) {
        sql.update("UPDATE hotel SET pending_percent = ?, pending_token = ?, pending_until = ? WHERE hotel_id = ?",
                percent, token, until, hotelId);
    }

    public void clearPending(long hotelId) {
        sql.update("UPDATE hotel SET pending_percent = NULL, pending_token = NULL, pending_until = NULL WHERE hotel_id = ?",
                hotelId);
    }

    /** Gives up the lease of a failed run now, so the repair (or the next change) finishes its change at once. */
    public void releaseLease(long hotelId, UUID token, Instant now) {
        sql.update("UPDATE hotel SET pending_until = ? WHERE hotel_id = ? AND pending_token = ?", now, hotelId, token);
    }

    /** Up to {@code limit} hotels whose policy change was abandoned by its owner (lease over) by {@code now}. */
    public List<Long> abandonedPolicyChanges(Instant now, int limit) {
        return sql.list("SELECT hotel_id FROM hotel WHERE pending_token IS NOT NULL AND pending_until <= ? ORDER BY pending_until LIMIT ?",
                rs -> rs.getLong(1), now, limit);
    }

    /** Up to {@code limit} hotels with a time zone (so with room types) after {@code afterHotelId}, by id. */
    public List<Long> withTimeZone(long afterHotelId, int limit) {
        return sql.list("SELECT hotel_id FROM hotel WHERE time_zone IS NOT NULL AND hotel_id > ? ORDER BY hotel_id LIMIT ?",
                rs -> rs.getLong(1), afterHotelId, limit);
    }

    private static HotelRow map(ResultSet rs) throws SQLException {
        return new HotelRow(rs.getLong("hotel_id"), rs.getString("time_zone"),
                (Integer) rs.getObject("overbooking_percent"), Sql.instant(rs, "policy_update_time"),
                (Integer) rs.getObject("pending_percent"), rs.getObject("pending_token", UUID.class),
                Sql.instant(rs, "pending_until"));
    }
}
