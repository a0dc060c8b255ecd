package io.staygrid.hotel.repository;

import io.staygrid.hotel.domain.CatalogErrors;
import io.staygrid.hotel.domain.Room;
import io.staygrid.hotel.domain.RoomStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rooms table; a duplicate number within a hotel is refused by the unique index room_number_uq. */
@ApplicationScoped
public class RoomRepository {

    private static final String COLUMNS = "room_id, hotel_id, number, floor, room_type_id, status, create_time, update_time";
    private static final String NUMBER_INDEX = "room_number_uq";

    private final Sql sql;

    public RoomRepository(Sql sql) {
        this.sql = sql;
    }

    public Room insert(Room r, Instant now) {
        try {
            long id = sql.one("INSERT INTO room (hotel_id, number, floor, room_type_id, status, create_time, update_time)"
                    + " VALUES (?,?,?,?,?,?,?) RETURNING room_id", rs -> rs.getLong(1), r.hotelId(), r.number(), r.floor(),
                    r.roomTypeId(), r.status().name(), now, now).orElseThrow();
            return new Room(id, r.hotelId(), r.number(), r.floor(), r.roomTypeId(), r.status(), now, now);
        } catch (SqlFailure e) {
            throw e.violates(NUMBER_INDEX) ? CatalogErrors.roomNumberTaken(r.number()) : e;
        }
    }

    public Optional<Room> find(long hotelId, long roomId) {
        return sql.one("SELECT " + COLUMNS + " FROM room WHERE room_id = ? AND hotel_id = ?", RoomRepository::map, roomId, hotelId);
    }

    public Optional<Room> lock(long hotelId, long roomId) {
        return sql.one("SELECT " + COLUMNS + " FROM room WHERE room_id = ? AND hotel_id = ? FOR UPDATE", RoomRepository::map,
                roomId, hotelId);
    }

    /** Up to {@code limit} rooms after {@code afterId}; roomTypeId 0 and status null mean any. */
    public List<Room> list(long hotelId, long roomTypeId, RoomStatus status, long afterId, int limit) {
        StringBuilder where = new StringBuilder(" WHERE hotel_id = ? AND room_id > ?");
        List<Object> params = new ArrayList<>(List.of(hotelId, afterId));
        if (roomTypeId != 0) {
            where.append(" AND room_type_id = ?");
            params.add(roomTypeId);
        }
        if (status != null) {
            where.append(" AND status = ?");
            params.add(status.name());
        }
        params.add(limit);
        return sql.list("SELECT " + COLUMNS + " FROM room" + where + " ORDER BY room_id LIMIT ?", RoomRepository::map,
                params.toArray());
    }

    public void update(Room r, Instant now) {
        try {
            sql.update("UPDATE room SET number = ?, floor = ?, room_type_id = ?, status = ?, update_time = ? WHERE room_id = ?",
                    r.number(), r.floor(), r.roomTypeId(), r.status().name(), now, r.id());
        } catch (SqlFailure e) {
            throw e.violates(NUMBER_INDEX) ? CatalogErrors.roomNumberTaken(r.number()) : e;
        }
    }

    public void delete(long roomId) {
        sql.update("DELETE FROM room WHERE room_id = ?", roomId);
    }

    public int deleteOfHotel(long hotelId) {
        return sql.update("DELETE FROM room WHERE hotel_id = ?", hotelId);
    }

    public long countOfRoomType(long roomTypeId) {
        return sql.count("SELECT count(*) FROM room WHERE room_type_id = ?", roomTypeId);
    }

    public long countInService(long roomTypeId) {
        return sql.count("SELECT count(*) FROM room WHERE room_type_id = ? AND status = 'IN_SERVICE'", roomTypeId);
    }

    private static Room map(ResultSet rs) throws SQLException {
        return new Room(rs.getLong("room_id"), rs.getLong("hotel_id"), rs.getString("number"), rs.getInt("floor"),
                rs.getLong("room_type_id"), RoomStatus.valueOf(rs.getString("status")), Sql.instant(rs, "create_time"),
                Sql.instant(rs, "update_time"));
    }
}
