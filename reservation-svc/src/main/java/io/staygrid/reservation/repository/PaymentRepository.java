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

    /**
     * Records the charge as REQUESTED, only if the reservation is still PENDING and leased to {@code owner};
     * call with the reservation row locked. True if this call recorded it.
     */
    public boolean requested(String reservationId, Amount amount, String owner) {
        return db.update("INSERT INTO payment (reservation_id, currency, amount_minor, charge_status)"
                        + " SELECT r.reservation_id, ?, ?, 'REQUESTED' FROM reservation r WHERE r.reservation_id = ?"
                        + " AND r.status = 'PENDING' AND r.lease_owner = ? ON CONFLICT (reservation_id) DO NOTHING",
                amount.currency().getCurrencyCode(), amount.minorUnits(), UUID.fromString(reservationId), owner) == 1;
    }

    /**
     * Records what the gateway said. A definite outcome is never overwritten by a later, staler answer: only a
     * charge still REQUESTED/UNKNOWN is resolved, except that APPROVED (money was taken) always wins, so that it
     * is refunded rather than forgotten.
     */
    public void resolved(String reservationId, ChargeResult result) {
        db.update("UPDATE payment SET charge_status = ?, update_time = clock_timestamp() WHERE reservation_id = ?"
                        + " AND charge_status <> ? AND (charge_status IN ('REQUESTED', 'UNKNOWN') OR ? = 'APPROVED')",
                result, UUID.fromString(reservationId), result, result);
    }

    public void refunded(String reservationId, long refundedMinor) {
        db.update("UPDATE payment SET refund_minor = ?, update_time = clock_timestamp() WHERE reservation_id = ?",
                refundedMinor, UUID.fromString(reservationId));
    }
}
