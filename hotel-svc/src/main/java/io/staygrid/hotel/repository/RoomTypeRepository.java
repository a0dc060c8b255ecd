package io.staygrid.hotel.repository;

import io.staygrid.hotel.domain.BedGroup;
import io.staygrid.hotel.domain.RoomType;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Room types table. */
@ApplicationScoped
public class RoomTypeRepository {

    private static final String COLUMNS = "room_type_id, hotel_id, name, description, max_occupancy, bed_groups, amenities,"
            + " create_time, update_time";

    private final Sql sql;

    public RoomTypeRepository(Sql sql) {
        this.sql = sql;
    }

    public RoomType insert(RoomType t, Instant now) {
        long id = sql.one("INSERT INTO room_type (hotel_id, name, description, max_occupancy, bed_groups, amenities,"
                + " create_time, update_time) VALUES (?,?,?,?,?,?,?,?) RETURNING room_type_id", rs -> rs.getLong(1),
                t.hotelId(), t.name(), t.description(), t.maxOccupancy(), encode(t.bedGroups()), t.amenities(), now, now)
                .orElseThrow();
        return new RoomType(id, t.hotelId(), t.name(), t.description(), t.maxOccupancy(), t.bedGroups(), t.amenities(), now, now);
    }

    /** The room type with this id in any hotel. */
    public Optional<RoomType> findAnyHotel(long roomTypeId) {
        return sql.one("SELECT " + COLUMNS + " FROM room_type WHERE room_type_id = ?", RoomTypeRepository::map, roomTypeId);
    }

    public Optional<RoomType> find(long hotelId, long roomTypeId) {
        return sql.one("SELECT " + COLUMNS + " FROM room_type WHERE room_type_id = ? AND hotel_id = ?",
                RoomTypeRepository::map, roomTypeId, hotelId);
    }

    /** Locks the room type so that capacity changes of it are checked and written one at a time. */
    public Optional<RoomType> lock(long hotelId, long roomTypeId) {
        return sql.one("SELECT " + COLUMNS + " FROM room_type WHERE room_type_id = ? AND hotel_id = ? FOR UPDATE",
                RoomTypeRepository::map, roomTypeId, hotelId);
    }

    public List<RoomType> list(long hotelId, long afterId, int limit) {
        return sql.list("SELECT " + COLUMNS + " FROM room_type WHERE hotel_id = ? AND room_type_id > ?"
                + " ORDER BY room_type_id LIMIT ?", RoomTypeRepository::map, hotelId, afterId, limit);
    }

    public List<Long> idsOfHotel(long hotelId) {
        return sql.list("SELECT room_type_id FROM room_type WHERE hotel_id = ? ORDER BY room_type_id", rs -> rs.getLong(1),
                hotelId);
    }

    public void update(RoomType t, Instant now) {
        sql.update("UPDATE room_type SET name = ?, description = ?, max_occupancy = ?, bed_groups = ?, amenities = ?,"
                + " update_time = ? WHERE room_type_id = ?", t.name(), t.description(), t.maxOccupancy(),
                encode(t.bedGroups()), t.amenities(), now, t.id());
    }

    public void delete(long roomTypeId) {
        sql.update("DELETE FROM room_type WHERE room_type_id = ?", roomTypeId);
    }

    public int deleteOfHotel(long hotelId) {
        return sql.update("DELETE FROM room_type WHERE hotel_id = ?", hotelId);
    }

    private static List<String> encode(List<BedGroup> groups) {
        return groups.stream().map(BedGroup::encode).toList();
    }

    private static RoomType map(ResultSet rs) throws SQLException {
        return new RoomType(rs.getLong("room_type_id"), rs.getLong("hotel_id"), rs.getString("name"),
                rs.getString("description"), rs.getInt("max_occupancy"),
                Sql.strings(rs, "bed_groups").stream().map(BedGroup::decode).toList(), Sql.strings(rs, "amenities"),
                Sql.instant(rs, "create_time"), Sql.instant(rs, "update_time"));
    }
}
