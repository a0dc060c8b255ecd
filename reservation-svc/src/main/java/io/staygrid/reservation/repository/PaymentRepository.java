package io.staygrid.reservation.repository;

import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Our record of each reservation's charge and refund (the gateway keeps its own). */
@ApplicationScoped
public class PaymentRepository {

    private final Db db;

    public PaymentRepository(Db db) {
        this.db = db;
    }

    /** The charge state; REQUESTED (the gateway was maybe called, outcome not yet learnt) reads as UNKNOWN. */
    public Optional<ChargeResult> charge(String reservationId) {
        return db.queryOne("SELECT charge_status FROM payment WHERE reservation_id = ?",
                rs -> "REQUESTED".equals(rs.getString(1)) ? ChargeResult.UNKNOWN : ChargeResult.valueOf(rs.getString(1)),
                UUID.fromString(reservationId));
    }

    public void requested(String reservationId, Amount amount) {
        db.update("INSERT INTO payment (reservation_id, currency, amount_minor, charge_status)"
                        + " VALUES (?, ?, ?, 'REQUESTED') ON CONFLICT (reservation_id) DO NOTHING",
                UUID.fromString(reservationId), amount.currency().getCurrencyCode(), amount.minorUnits());
    }

    public void resolved(String reservationId, ChargeResult result) {
        db.update("UPDATE payment SET charge_status = ?, update_time = clock_timestamp() WHERE reservation_id = ?",
                result, UUID.fromString(reservationId));
    }

    public void refunded(String reservationId, long refundedMinor) {
        db.update("UPDATE payment SET refund_minor = ?, update_time = clock_timestamp() WHERE reservation_id = ?",
                refundedMinor, UUID.fromString(reservationId));
    }
}
