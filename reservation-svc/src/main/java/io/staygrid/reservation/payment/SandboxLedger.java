package io.staygrid.reservation.payment;

import io.staygrid.reservation.repository.Db;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** The sandbox processor's ledger: at most one charge and one refund per reservation id. */
@ApplicationScoped
public class SandboxLedger {

    /** A recorded charge and what has been refunded of it (null if nothing). */
    public record Charge(String reservationId, Amount amount, boolean approved, Long refundedMinor) {
    }

    private final Db db;

    public SandboxLedger(Db db) {
        this.db = db;
    }

    public Optional<Charge> find(String reservationId) {
        return db.queryOne("SELECT * FROM sandbox_gateway_charge WHERE reservation_id = ?",
                rs -> new Charge(rs.getString("reservation_id"),
                        new Amount(Currency.getInstance(rs.getString("currency")), rs.getLong("amount_minor")),
                        "APPROVED".equals(rs.getString("outcome")), Db.nullableLong(rs, "refunded_minor")),
                UUID.fromString(reservationId));
    }

    /** Records the charge unless one exists; returns the one that stands (first writer wins). */
    @Transactional
    public Charge record(String reservationId, String token, Amount amount, boolean approved) {
        db.update("INSERT INTO sandbox_gateway_charge (reservation_id, payment_token, currency, amount_minor, outcome)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (reservation_id) DO NOTHING",
                UUID.fromString(reservationId), token, amount.currency().getCurrencyCode(), amount.minorUnits(),
                approved ? "APPROVED" : "DECLINED");
        return find(reservationId).orElseThrow();
    }

    /** Refunds once: the first refund's amount stands; nothing to refund without an approved charge. */
    @Transactional
    public Amount refund(String reservationId, Amount amount) {
        db.update("UPDATE sandbox_gateway_charge SET refunded_minor = least(?, amount_minor),"
                        + " refund_time = clock_timestamp()"
                        + " WHERE reservation_id = ? AND outcome = 'APPROVED' AND refunded_minor IS NULL",
                amount.minorUnits(), UUID.fromString(reservationId));
        return find(reservationId)
                .filter(Charge::approved)
                .map(c -> new Amount(amount.currency(), c.refundedMinor()))
                .orElse(Amount.zero(amount.currency()));
    }
}
