package io.staygrid.inventory.repository;

import io.staygrid.inventory.domain.RoomTypeCapacity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rooms in service per room type, with the hotel's time zone. */
@ApplicationScoped
public class RoomTypeRepository {

    private static final String SELECT = """
            SELECT rt.hotel_id, rt.room_type_id, h.time_zone, rt.rooms, rt.create_time, rt.update_time
            FROM room_type rt JOIN hotel h ON h.hotel_id = rt.hotel_id
            """;

    private final Sql sql;

    public RoomTypeRepository(Sql sql) {
        this.sql = sql;
    }

    public Optional<RoomTypeCapacity> find(long hotelId, long roomTypeId) {
        return sql.one(SELECT + "WHERE rt.hotel_id = ? AND rt.room_type_id = ?", RoomTypeRepository::map, hotelId, roomTypeId);
    }

    /**
     * Locks the room type's row (capacity changes of one room type are serialized). FOR NO KEY UPDATE, not
     * FOR UPDATE: every insert of a night takes FOR KEY SHARE on this row for its foreign key check, and
     * must not wait for a capacity change that may itself wait for that insert (a deadlock).
     */
    public Optional<RoomTypeCapacity> lock(long hotelId, long roomTypeId) {
        return sql.one(SELECT + "WHERE rt.hotel_id = ? AND rt.room_type_id = ? FOR NO KEY UPDATE OF rt",
                RoomTypeRepository::map, hotelId, roomTypeId);
    }

    /**
     * Creates or updates the room type's rooms (the hotel row must exist) and returns it locked. A new room type
     * starts at the hotel's policy in effect; a policy change in flight moves it like the others.
     */
    public RoomTypeCapacity upsert(long hotelId, long roomTypeId, int rooms, int hotelPercent, Instant now) {
        sql.update("""
                INSERT INTO room_type (hotel_id, room_type_id, rooms, applied_percent, create_time, update_time)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (hotel_id, room_type_id) DO UPDATE SET rooms = EXCLUDED.rooms, update_time = EXCLUDED.update_time
                """, hotelId, roomTypeId, rooms, hotelPercent, now, now);
        return find(hotelId, roomTypeId).orElseThrow();
    }

    /** Sets the percent the room type's sell limits are computed with (the row must be locked). */
    public void setAppliedPercent(long hotelId, long roomTypeId, int percent) {
        sql.update("UPDATE room_type SET applied_percent = ? WHERE hotel_id = ? AND room_type_id = ?", percent, hotelId, roomTypeId);
    }

    /** The next room type of the hotel after {@code afterRoomTypeId} whose limits use another percent than this one. */
    public Optional<Long> nextNotAt(long hotelId, int percent, long afterRoomTypeId) {
        return sql.one("""
                SELECT room_type_id FROM room_type WHERE hotel_id = ? AND room_type_id > ? AND applied_percent <> ?
                ORDER BY room_type_id LIMIT 1
                """, rs -> rs.getLong(1), hotelId, afterRoomTypeId, percent);
    }

    public void touch(long hotelId, long roomTypeId, Instant now) {
        sql.update("UPDATE room_type SET update_time = ? WHERE hotel_id = ? AND room_type_id = ?", now, hotelId, roomTypeId);
    }

    /** Up to {@code limit} room types of a hotel after {@code afterRoomTypeId}, by id. */
    public List<RoomTypeCapacity> list(long hotelId, boolean includeRetired, long afterRoomTypeId, int limit) {
        return sql.list(SELECT + """
                WHERE rt.hotel_id = ? AND rt.room_type_id > ? AND (? OR rt.rooms > 0)
                ORDER BY rt.room_type_id LIMIT ?
                """, RoomTypeRepository::map, hotelId, afterRoomTypeId, includeRetired, limit);
    }

    private static RoomTypeCapacity map(ResultSet rs) throws SQLException {
        return new RoomTypeCapacity(rs.getLong("hotel_id"), rs.getLong("room_type_id"), rs.getString("time_zone"),
                rs.getInt("rooms"), Sql.instant(rs, "create_time"), Sql.instant(rs, "update_time"));
    }
}
