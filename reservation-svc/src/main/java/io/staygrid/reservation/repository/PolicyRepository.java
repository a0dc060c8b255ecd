package io.staygrid.reservation.repository;

import io.staygrid.reservation.domain.CancellationPolicy;
import jakarta.enterprise.context.ApplicationScoped;
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

    public void upsert(CancellationPolicy p) {
        db.update("INSERT INTO cancellation_policy (hotel_id, free_cancellation_days, penalty_nights, hotel_time_zone)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (hotel_id) DO UPDATE SET"
                        + " free_cancellation_days = excluded.free_cancellation_days,"
                        + " penalty_nights = excluded.penalty_nights, hotel_time_zone = excluded.hotel_time_zone,"
                        + " update_time = clock_timestamp()",
                p.hotelId(), p.freeCancellationDays(), p.penaltyNights(), p.timeZone().getId());
    }
}
