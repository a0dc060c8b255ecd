package io.staygrid.hotel.repository;

import io.staygrid.hotel.domain.CapacityStatus;
import io.staygrid.hotel.domain.DateRange;
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

    /** One pending change; dates are null for a change of the rooms in service; force if staff forced it. */
    public record Change(long outboxId, LocalDate startDate, LocalDate endDate, boolean force) {

        public Optional<DateRange> dates() {
            return startDate == null ? Optional.empty() : Optional.of(new DateRange(startDate, endDate));
        }
    }

    private static final String TARGET = "SELECT hotel_id, room_type_id, hotel_time_zone, attempts FROM capacity_sync s";
    private static final String HAS_PENDING = " EXISTS (SELECT 1 FROM capacity_outbox o WHERE o.room_type_id = s.room_type_id)";
    /**
     * Pending and not parked, or a resync requested: only such a row makes a room type due (parked rows ride along
     * with the next change).
     */
    private static final String HAS_DUE = " (EXISTS (SELECT 1 FROM capacity_outbox o WHERE o.room_type_id = s.room_type_id"
            + " AND NOT o.parked) OR EXISTS (SELECT 1 FROM capacity_resync r WHERE r.room_type_id = s.room_type_id))";

    private final Sql sql;

    public CapacityOutboxRepository(Sql sql) {
        this.sql = sql;
    }

    public void ensureSyncRow(long hotelId, long roomTypeId, String hotelTimeZone) {
        sql.update("INSERT INTO capacity_sync (room_type_id, hotel_id, hotel_time_zone) VALUES (?,?,?)"
                + " ON CONFLICT (room_type_id) DO NOTHING", roomTypeId, hotelId, hotelTimeZone);
    }

    public void recordRoomsChange(long hotelId, long roomTypeId, boolean force) {
        sql.update("INSERT INTO capacity_outbox (hotel_id, room_type_id, force) VALUES (?,?,?)", hotelId, roomTypeId, force);
    }

    public void recordOutOfServiceChange(long hotelId, long roomTypeId, LocalDate start, LocalDate end, boolean force) {
        sql.update("INSERT INTO capacity_outbox (hotel_id, room_type_id, start_date, end_date, force) VALUES (?,?,?,?,?)",
                hotelId, roomTypeId, start, end, force);
    }

    /** Asks the relay to re-send the room type as the catalog has it (upsert; a new generation every time). */
    public void requestResync(long hotelId, long roomTypeId) {
        sql.update("INSERT INTO capacity_resync (room_type_id, hotel_id, generation) VALUES (?, ?, 1)"
                + " ON CONFLICT (room_type_id) DO UPDATE SET generation = capacity_resync.generation + 1,"
                + " request_time = clock_timestamp()", roomTypeId, hotelId);
    }

    /** The generation of the pending resync request of the room type, if any. */
    public Optional<Long> resyncGeneration(long roomTypeId) {
        return sql.one("SELECT generation FROM capacity_resync WHERE room_type_id = ?", rs -> rs.getLong(1), roomTypeId);
    }

    /**
     * Locks the room type's sync row for a catalog change that applies a reduction synchronously, waiting for a
     * delivery in progress: while it is held no relay can deliver the room type (they skip locked rows).
     */
    public Optional<SyncTarget> lockForChange(long roomTypeId) {
        return sql.one(TARGET + " WHERE s.room_type_id = ? FOR UPDATE", CapacityOutboxRepository::target, roomTypeId);
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
        return sql.list("SELECT outbox_id, start_date, end_date, force FROM capacity_outbox WHERE room_type_id = ?"
                + " ORDER BY outbox_id", rs -> new Change(rs.getLong(1), Sql.date(rs, "start_date"), Sql.date(rs, "end_date"),
                rs.getBoolean("force")), roomTypeId);
    }

    /**
     * Deletes exactly the delivered rows. Not "up to the highest id read": identities are taken at insert, not at
     * commit, so a lower id may commit after the read; it must stay pending and go out with the next delivery.
     */
    public void markDelivered(long roomTypeId, List<Change> delivered, Optional<Long> resyncGeneration, Instant now) {
        sql.update("DELETE FROM capacity_outbox WHERE room_type_id = ? AND outbox_id = ANY (?::bigint[])", roomTypeId,
                ids(delivered));
        forgetResync(roomTypeId, resyncGeneration);
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
    public void markParked(long roomTypeId, List<Change> refused, Optional<Long> resyncGeneration, String error, Instant now) {
        sql.update("UPDATE capacity_outbox SET parked = true WHERE room_type_id = ? AND outbox_id = ANY (?::bigint[])",
                roomTypeId, ids(refused));
        forgetResync(roomTypeId, resyncGeneration);
        sql.update("UPDATE capacity_sync SET attempts = 0, next_attempt_at = ?, last_sync_error = ? WHERE room_type_id = ?",
                now, error, roomTypeId);
    }

    /** A resync request is answered by any delivery that read it; a newer request stays. */
    private void forgetResync(long roomTypeId, Optional<Long> generation) {
        generation.ifPresent(g -> sql.update("DELETE FROM capacity_resync WHERE room_type_id = ? AND generation = ?", roomTypeId, g));
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
