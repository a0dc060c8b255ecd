package io.staygrid.inventory.repository;

import io.staygrid.inventory.domain.Hold;
import io.staygrid.inventory.domain.HoldState;
import io.staygrid.inventory.domain.Stay;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hold ledger, keyed by reservation_id. */
@ApplicationScoped
public class HoldRepository {

    private static final String COLUMNS = """
            reservation_id, hotel_id, room_type_id, start_date, end_date, rooms, state, expire_time, create_time, update_time
            """;

    private final Sql sql;

    public HoldRepository(Sql sql) {
        this.sql = sql;
    }

    /**
     * Inserts a new HELD hold unless the id exists. A concurrent insert of the same id waits on the unique
     * index until the first transaction ends, then inserts (first rolled back) or returns false (committed).
     */
    public boolean insertHeld(UUID id, Stay stay, Instant expireTime, Instant now) {
        return sql.update("""
                INSERT INTO inventory_hold (reservation_id, hotel_id, room_type_id, start_date, end_date, rooms, state,
                                            expire_time, create_time, update_time)
                VALUES (?, ?, ?, ?, ?, ?, 'HELD', ?, ?, ?)
                ON CONFLICT (reservation_id) DO NOTHING
                """, id, stay.hotelId(), stay.roomTypeId(), stay.startDate(), stay.endDate(), stay.rooms(),
                expireTime, now, now) == 1;
    }

    /** Remembers the release of an id that never held; false if the id exists (it may just have been inserted). */
    public boolean insertReleasedTombstone(UUID id, Instant now) {
        return sql.update("""
                INSERT INTO inventory_hold (reservation_id, state, create_time, update_time) VALUES (?, 'RELEASED', ?, ?)
                ON CONFLICT (reservation_id) DO NOTHING
                """, id, now, now) == 1;
    }

    public Optional<Hold> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM inventory_hold WHERE reservation_id = ?", HoldRepository::map, id);
    }

    public Optional<Hold> lock(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM inventory_hold WHERE reservation_id = ? FOR UPDATE", HoldRepository::map, id);
    }

    /** Moves a hold to a new state; the expire time is kept only for HELD and EXPIRED. */
    public Hold setState(Hold hold, HoldState state, Instant expireTime, Instant now) {
        Instant kept = state == HoldState.HELD || state == HoldState.EXPIRED ? expireTime : null;
        sql.update("""
                UPDATE inventory_hold SET state = ?, expire_time = CAST(? AS timestamptz), update_time = ?
                WHERE reservation_id = ?
                """, state.name(), kept, now, hold.reservationId());
        return new Hold(hold.reservationId(), hold.stay(), state, kept, hold.createTime(), now);
    }

    /** Up to {@code limit} HELD holds past their deadline after the (expire_time, reservation_id) cursor; no locks. */
    public List<Hold> due(Instant now, Instant afterExpireTime, UUID afterId, int limit) {
        return sql.list("SELECT " + COLUMNS + """
                 FROM inventory_hold WHERE state = 'HELD' AND expire_time <= ? AND (expire_time, reservation_id) > (?, ?)
                ORDER BY expire_time, reservation_id LIMIT ?
                """, HoldRepository::map, now, afterExpireTime, afterId, limit);
    }

    /** Locks the hold if it is still HELD past its deadline and nobody else (a sweeper, a confirm) has it locked. */
    public Optional<Hold> lockIfDue(UUID id, Instant now) {
        return sql.one("SELECT " + COLUMNS + """
                 FROM inventory_hold WHERE reservation_id = ? AND state = 'HELD' AND expire_time <= ?
                FOR UPDATE SKIP LOCKED
                """, HoldRepository::map, id, now);
    }

    /** A hotel's holds by (start_date, reservation_id) after the cursor; states compare the visible state. */
    public List<Hold> list(HoldQuery q, Instant now) {
        return sql.list("SELECT " + COLUMNS + """
                 FROM inventory_hold
                WHERE hotel_id = ? AND (? = 0 OR room_type_id = ?)
                  AND (CAST(? AS text[]) IS NULL OR
                       (CASE WHEN state = 'HELD' AND expire_time <= ? THEN 'EXPIRED' ELSE state END) = ANY (CAST(? AS text[])))
                  AND (CAST(? AS date) IS NULL OR (start_date < ? AND end_date > ?))
                  AND (start_date, reservation_id) > (?, ?)
                ORDER BY start_date, reservation_id LIMIT ?
                """, HoldRepository::map, q.hotelId(), q.roomTypeId(), q.roomTypeId(),
                q.statesOrNull(), now, q.statesOrNull(), q.windowStart(), q.windowEnd(), q.windowStart(),
                q.afterStartDate(), q.afterReservationId(), q.limit());
    }

    /** The filters and cursor of a ListHolds page. */
    public record HoldQuery(long hotelId, long roomTypeId, String[] states, LocalDate windowStart, LocalDate windowEnd,
                            LocalDate afterStartDate, UUID afterReservationId, int limit) {

        String[] statesOrNull() {
            return states.length == 0 ? null : states;
        }
    }

    private static Hold map(ResultSet rs) throws SQLException {
        Stay stay = rs.getObject("hotel_id") == null ? null : new Stay(rs.getLong("hotel_id"), rs.getLong("room_type_id"),
                Sql.date(rs, "start_date"), Sql.date(rs, "end_date"), rs.getInt("rooms"));
        return new Hold(rs.getObject("reservation_id", UUID.class), stay, HoldState.valueOf(rs.getString("state")),
                Sql.instant(rs, "expire_time"), Sql.instant(rs, "create_time"), Sql.instant(rs, "update_time"));
    }
}
