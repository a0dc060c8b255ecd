package io.staygrid.hotel.repository;

import io.staygrid.hotel.domain.CapacityStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The capacity outbox and the per-room-type sync rows the relay locks. */
@ApplicationScoped
public class CapacityOutboxRepository {

    /** A room type the relay has locked for delivery. */
    public record SyncTarget(long hotelId, long roomTypeId, String hotelTimeZone, int attempts) {
    }

    /** One pending change; dates are null for a change of the rooms in service. */
    public record Change(long outboxId, LocalDate startDate, LocalDate endDate) {
    }

    private static final String TARGET = "SELECT hotel_id, room_type_id, hotel_time_zone, attempts FROM capacity_sync s";
    private static final String HAS_PENDING = " EXISTS (SELECT 1 FROM capacity_outbox o WHERE o.room_type_id = s.room_type_id)";
    /** Pending and not parked: only such a row makes a room type due (parked rows ride along with the next change). */
    private static final String HAS_DUE = " EXISTS (SELECT 1 FROM capacity_outbox o WHERE o.room_type_id = s.room_type_id"
            + " AND NOT o.parked)";

    private final Sql sql;

    public CapacityOutboxRepository(Sql sql) {
        this.sql = sql;
    }

    public void ensureSyncRow(long hotelId, long roomTypeId, String hotelTimeZone) {
        sql.update("INSERT INTO capacity_sync (room_type_id, hotel_id, hotel_time_zone) VALUES (?,?,?)"
                + " ON CONFLICT (room_type_id) DO NOTHING", roomTypeId, hotelId, hotelTimeZone);
    }

    public void recordRoomsChange(long hotelId, long roomTypeId) {
        sql.update("INSERT INTO capacity_outbox (hotel_id, room_type_id) VALUES (?,?)", hotelId, roomTypeId);
    }

    public void recordOutOfServiceChange(long hotelId, long roomTypeId, LocalDate start, LocalDate end) {
        sql.update("INSERT INTO capacity_outbox (hotel_id, room_type_id, start_date, end_date) VALUES (?,?,?,?)",
                hotelId, roomTypeId, start, end);
    }

    public CapacityStatus status(long hotelId, long roomTypeId) {
        return sql.one("SELECT (SELECT count(*) FROM room WHERE room_type_id = ?) AS total,"
                + " (SELECT count(*) FROM room WHERE room_type_id = ? AND status = 'IN_SERVICE') AS in_service,"
                + " (SELECT min(create_time) FROM capacity_outbox WHERE room_type_id = ?) AS pending_since,"
                + " s.last_sync_time, s.last_sync_error"
                + " FROM (SELECT 1) one LEFT JOIN capacity_sync s ON s.room_type_id = ?",
                rs -> {
                    Instant pendingSince = Sql.instant(rs, "pending_since");
                    String error = rs.getString("last_sync_error");
                    return new CapacityStatus(hotelId, roomTypeId, rs.getInt("total"), rs.getInt("in_service"), pendingSince != null,
                            pendingSince, Sql.instant(rs, "last_sync_time"), error == null ? "" : error);
                }, roomTypeId, roomTypeId, roomTypeId, roomTypeId).orElseThrow();
    }

    /** Locks one room type with pending changes whose retry time has come; others' locked rows are skipped. */
    public Optional<SyncTarget> lockNextDue() {
        return sql.one(TARGET + " WHERE s.next_attempt_at <= now() AND" + HAS_DUE
                + " ORDER BY s.next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED", CapacityOutboxRepository::target);
    }

    /** Locks this room type if it has unparked pending changes and nobody else is delivering it, whatever its retry time. */
    public Optional<SyncTarget> lockNow(long roomTypeId) {
        return sql.one(TARGET + " WHERE s.room_type_id = ? AND" + HAS_DUE + " FOR UPDATE SKIP LOCKED",
                CapacityOutboxRepository::target, roomTypeId);
    }

    /** Every committed pending change of the room type, parked ones included (their dates are re-sent too). */
    public List<Change> pending(long roomTypeId) {
        return sql.list("SELECT outbox_id, start_date, end_date FROM capacity_outbox WHERE room_type_id = ? ORDER BY outbox_id",
                rs -> new Change(rs.getLong(1), Sql.date(rs, "start_date"), Sql.date(rs, "end_date")), roomTypeId);
    }

    /**
     * Deletes exactly the delivered rows. Not "up to the highest id read": identities are taken at insert, not at
     * commit, so a lower id may commit after the read; it must stay pending and go out with the next delivery.
     */
    public void markDelivered(long roomTypeId, List<Change> delivered, Instant now) {
        sql.update("DELETE FROM capacity_outbox WHERE room_type_id = ? AND outbox_id = ANY (?::bigint[])", roomTypeId,
                ids(delivered));
        sql.update("UPDATE capacity_sync SET attempts = 0, next_attempt_at = ?, last_sync_time = ?, last_sync_error = ''"
                + " WHERE room_type_id = ?", now, now, roomTypeId);
    }

    public void markFailed(long roomTypeId, String error, Instant nextAttempt) {
        sql.update("UPDATE capacity_sync SET attempts = attempts + 1, next_attempt_at = ?, last_sync_error = ?"
                + " WHERE room_type_id = ?", nextAttempt, error, roomTypeId);
    }

    /**
     * Inventory-svc refused these rows for good: keep them (the room type stays PENDING and shows the error) but
     * stop retrying them; a later change makes the room type due again and re-sends them with it.
     */
    public void markParked(long roomTypeId, List<Change> refused, String error, Instant now) {
        sql.update("UPDATE capacity_outbox SET parked = true WHERE room_type_id = ? AND outbox_id = ANY (?::bigint[])",
                roomTypeId, ids(refused));
        sql.update("UPDATE capacity_sync SET attempts = 0, next_attempt_at = ?, last_sync_error = ? WHERE room_type_id = ?",
                now, error, roomTypeId);
    }

    private static List<String> ids(List<Change> changes) {
        return changes.stream().map(c -> Long.toString(c.outboxId())).toList();
    }

    /** Forgets a deleted room type once its retirement has been delivered and nothing else is pending. */
    public void forgetIfIdle(long roomTypeId) {
        sql.update("DELETE FROM capacity_sync s WHERE room_type_id = ? AND NOT" + HAS_PENDING, roomTypeId);
    }

    private static SyncTarget target(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SyncTarget(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4));
    }
}
