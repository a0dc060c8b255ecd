package io.staygrid.reservation.repository;

import io.staygrid.reservation.domain.CancellationPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;

/** Hotels' cancellation policies (a hotel without a row uses the defaults). */
@ApplicationScoped
public class PolicyRepository {

    private final Db db;

    public PolicyRepository(Db db) {
        this.db = db;
    }

    public Optional<CancellationPolicy> find(long hotelId) {
        return db.queryOne("SELECT * FROM cancellation_policy WHERE hotel_id = ?",
                rs -> new CancellationPolicy(hotelId, rs.getInt("free_cancellation_days"), rs.getInt("penalty_nights"),
                        ZoneId.of(rs.getString("hotel_time_zone")), false, Db.instant(rs, "update_time")),
                hotelId);
    }

    /**
     * Sets the given fields (null keeps the stored value, or the default for a hotel without a row) in one
     * transaction: inserts the defaults if absent, locks the row, then updates only the given fields, so two
     * partial updates of different fields never lose each other.
     */
    @Transactional
    public void merge(long hotelId, Integer freeDays, Integer penaltyNights, String timeZone) {
        db.update("INSERT INTO cancellation_policy (hotel_id, free_cancellation_days, penalty_nights, hotel_time_zone)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (hotel_id) DO NOTHING", hotelId,
                CancellationPolicy.defaults(hotelId).freeCancellationDays(),
                CancellationPolicy.defaults(hotelId).penaltyNights(),
                CancellationPolicy.defaults(hotelId).timeZone().getId());
        db.query("SELECT 1 FROM cancellation_policy WHERE hotel_id = ? FOR UPDATE", rs -> 1, hotelId);
        db.update("UPDATE cancellation_policy SET free_cancellation_days = coalesce(?, free_cancellation_days),"
                        + " penalty_nights = coalesce(?, penalty_nights), hotel_time_zone = coalesce(?, hotel_time_zone),"
                        + " update_time = clock_timestamp() WHERE hotel_id = ?",
                freeDays, penaltyNights, timeZone, hotelId);
    }
}
