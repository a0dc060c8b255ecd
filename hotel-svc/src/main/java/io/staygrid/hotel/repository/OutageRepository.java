package io.staygrid.hotel.repository;

import io.staygrid.hotel.domain.RoomOutage;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Room outages (maintenance windows) table. */
@ApplicationScoped
public class OutageRepository {

    private static final String COLUMNS = "outage_id, hotel_id, room_id, start_date, end_date, reason, create_time";

    private final Sql sql;

    public OutageRepository(Sql sql) {
        this.sql = sql;
    }

    public RoomOutage insert(RoomOutage o, Instant now) {
        long id = sql.one("INSERT INTO room_outage (hotel_id, room_id, start_date, end_date, reason, create_time)"
                + " VALUES (?,?,?,?,?,?) RETURNING outage_id", rs -> rs.getLong(1), o.hotelId(), o.roomId(), o.startDate(),
                o.endDate(), o.reason(), now).orElseThrow();
        return new RoomOutage(id, o.hotelId(), o.roomId(), o.startDate(), o.endDate(), o.reason(), now);
    }

    public Optional<RoomOutage> find(long hotelId, long roomId, long outageId) {
        return sql.one("SELECT " + COLUMNS + " FROM room_outage WHERE outage_id = ? AND room_id = ? AND hotel_id = ?",
                OutageRepository::map, outageId, roomId, hotelId);
    }

    /** Keyset page ordered by (start_date, outage_id); roomId 0 and null dates mean no filter. */
    public List<RoomOutage> list(long hotelId, long roomId, LocalDate from, LocalDate to, LocalDate afterStart,
            long afterId, int limit) {
        StringBuilder where = new StringBuilder(" WHERE hotel_id = ?");
        List<Object> params = new ArrayList<>(List.of(hotelId));
        if (roomId != 0) {
            where.append(" AND room_id = ?");
            params.add(roomId);
        }
        if (from != null) {
            where.append(" AND start_date < ? AND end_date > ?");
            params.add(to);
            params.add(from);
        }
        if (afterStart != null) {
            where.append(" AND (start_date, outage_id) > (?, ?)");
            params.add(afterStart);
            params.add(afterId);
        }
        params.add(limit);
        return sql.list("SELECT " + COLUMNS + " FROM room_outage" + where + " ORDER BY start_date, outage_id LIMIT ?",
                OutageRepository::map, params.toArray());
    }

    /** The room's outages that are not over by {@code today}. */
    public List<RoomOutage> currentOfRoom(long roomId, LocalDate today) {
        return sql.list("SELECT " + COLUMNS + " FROM room_outage WHERE room_id = ? AND end_date > ? ORDER BY start_date",
                OutageRepository::map, roomId, today);
    }

    /** Outages of in-service rooms of a room type overlapping [from, to): what inventory counts out of service. */
    public List<RoomOutage> ofInServiceRooms(long roomTypeId, LocalDate from, LocalDate to) {
        return sql.list("SELECT o.outage_id, o.hotel_id, o.room_id, o.start_date, o.end_date, o.reason, o.create_time"
                + " FROM room_outage o JOIN room r ON r.room_id = o.room_id"
                + " WHERE r.room_type_id = ? AND r.status = 'IN_SERVICE' AND o.start_date < ? AND o.end_date > ?",
                OutageRepository::map, roomTypeId, to, from);
    }

    public void delete(long outageId) {
        sql.update("DELETE FROM room_outage WHERE outage_id = ?", outageId);
    }

    public void deleteOfRoom(long roomId) {
        sql.update("DELETE FROM room_outage WHERE room_id = ?", roomId);
    }

    public void deleteOfHotel(long hotelId) {
        sql.update("DELETE FROM room_outage WHERE hotel_id = ?", hotelId);
    }

    private static RoomOutage map(ResultSet rs) throws SQLException {
        return new RoomOutage(rs.getLong("outage_id"), rs.getLong("hotel_id"), rs.getLong("room_id"),
                Sql.date(rs, "start_date"), Sql.date(rs, "end_date"), rs.getString("reason"), Sql.instant(rs, "create_time"));
    }
}
