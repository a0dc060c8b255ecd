package io.staygrid.reservation.repository;

import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Keyset-paged reservation lists: the cursor is the sort key of the last row of the previous page. */
@ApplicationScoped
public class ReservationLists {

    /** Where a guest's list continues (newest first). */
    public record GuestCursor(Instant createTime, String reservationId) {
    }

    /** Where a hotel's list continues (by arrival, then creation, then id). */
    public record HotelCursor(LocalDate startDate, Instant createTime, String reservationId) {
    }

    /** The staff list's filters; null bounds mean unbounded, empty statuses mean every status. */
    public record HotelFilter(long hotelId, LocalDate arrivalFrom, LocalDate arrivalBefore,
                              List<ReservationStatus> statuses, boolean needsAttentionOnly) {
    }

    private final Db db;

    public ReservationLists(Db db) {
        this.db = db;
    }

    public List<Reservation> byGuest(String guestId, GuestCursor after, int limit) {
        String sql = "SELECT " + ReservationRows.COLUMNS + " FROM reservation WHERE guest_id = ?"
                + (after == null ? "" : " AND (create_time, reservation_id) < (?, ?::uuid)")
                + " ORDER BY create_time DESC, reservation_id DESC LIMIT ?";
        return after == null
                ? db.query(sql, ReservationRows::map, guestId, limit)
                : db.query(sql, ReservationRows::map, guestId, after.createTime(), after.reservationId(), limit);
    }

    public List<Reservation> byHotel(HotelFilter filter, HotelCursor after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + ReservationRows.COLUMNS + " FROM reservation WHERE hotel_id = ?");
        List<Object> params = new ArrayList<>(List.of(filter.hotelId()));
        if (filter.arrivalFrom() != null) {
            sql.append(" AND start_date >= ?");
            params.add(filter.arrivalFrom());
        }
        if (filter.arrivalBefore() != null) {
            sql.append(" AND start_date < ?");
            params.add(filter.arrivalBefore());
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND status = ANY (?)");
            params.add(new Db.TextArray(filter.statuses().stream().map(Enum::name).toList()));
        }
        if (filter.needsAttentionOnly()) {
            sql.append(" AND needs_attention");
        }
        if (after != null) {
            sql.append(" AND (start_date, create_time, reservation_id) > (?, ?, ?::uuid)");
            params.addAll(List.of(after.startDate(), after.createTime(), after.reservationId()));
        }
        sql.append(" ORDER BY start_date, create_time, reservation_id LIMIT ?");
        params.add(limit);
        return db.query(sql.toString(), ReservationRows::map, params.toArray());
    }
}
