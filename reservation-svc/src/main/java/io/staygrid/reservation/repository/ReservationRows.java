package io.staygrid.reservation.repository;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.CancellationPolicy;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import io.staygrid.reservation.domain.Stay;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/** Reads a {@code reservation} row. */
final class ReservationRows {

    static final String COLUMNS = "reservation_id, request_fingerprint, guest_id, hotel_id, room_type_id, start_date,"
            + " end_date, rooms, guests, quote_id, payment_token, status, currency, amount_minor, night_prices_minor,"
            + " refunded_minor, rejection_reason, needs_attention, attention_reason, hold_confirmed, booked_by_kind,"
            + " booked_by_id, policy_free_days, policy_penalty_nights, policy_time_zone, create_time, update_time";

    private ReservationRows() {
    }

    static Reservation map(ResultSet rs) throws SQLException {
        long hotelId = rs.getLong("hotel_id");
        Stay stay = new Stay(hotelId, rs.getLong("room_type_id"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getInt("rooms"));
        String currency = rs.getString("currency");
        String rejection = rs.getString("rejection_reason");
        CancellationPolicy policy = new CancellationPolicy(hotelId, rs.getInt("policy_free_days"),
                rs.getInt("policy_penalty_nights"), ZoneId.of(rs.getString("policy_time_zone")), false, null);
        return new Reservation(rs.getString("reservation_id"), rs.getString("request_fingerprint"),
                rs.getString("guest_id"), stay, rs.getInt("guests"), rs.getString("quote_id"),
                rs.getString("payment_token"), ReservationStatus.valueOf(rs.getString("status")),
                currency == null ? null : Currency.getInstance(currency), Db.nullableLong(rs, "amount_minor"),
                longs(rs.getArray("night_prices_minor")), Db.nullableLong(rs, "refunded_minor"),
                rejection == null ? null : RejectionReason.valueOf(rejection), rs.getBoolean("needs_attention"),
                rs.getString("attention_reason"), rs.getBoolean("hold_confirmed"),
                new Actor(Actor.Kind.valueOf(rs.getString("booked_by_kind")), rs.getString("booked_by_id")),
                policy, Db.instant(rs, "create_time"), Db.instant(rs, "update_time"));
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Long[]) array.getArray()).toList();
    }
}
