package io.staygrid.reservation.payment;

import io.staygrid.reservation.repository.Db;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * The sandbox processor's ledger: at most one charge per reservation id (approved or declined), at most one
 * refund, and voids: a voided id refuses every later charge. Charging and voiding one id take the same
 * transaction-scoped advisory lock, so whichever comes first wins.
 */
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

    /** Records the charge unless one exists or the id was voided; returns the charge that stands, if any. */
    @Transactional
    public Optional<Charge> record(String reservationId, String token, Amount amount, boolean approved) {
        lock(reservationId);
        if (voided(reservationId)) {
            return Optional.empty();
        }
        db.update("INSERT INTO sandbox_gateway_charge (reservation_id, payment_token, currency, amount_minor, outcome)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (reservation_id) DO NOTHING",
                UUID.fromString(reservationId), token, amount.currency().getCurrencyCode(), amount.minorUnits(),
                approved ? "APPROVED" : "DECLINED");
        return find(reservationId);
    }

    /** The charge if one exists; otherwise voids the id (for good) and returns empty. */
    @Transactional
    public Optional<Charge> voidUnlessCharged(String reservationId) {
        lock(reservationId);
        Optional<Charge> charge = find(reservationId);
        if (charge.isEmpty()) {
            db.update("INSERT INTO sandbox_gateway_void (reservation_id) VALUES (?) ON CONFLICT DO NOTHING",
                    UUID.fromString(reservationId));
        }
        return charge;
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

    private boolean voided(String reservationId) {
        return db.queryOne("SELECT 1 FROM sandbox_gateway_void WHERE reservation_id = ?", rs -> 1,
                UUID.fromString(reservationId)).isPresent();
    }

    private void lock(String reservationId) {
        db.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> 1, reservationId);
    }
}
