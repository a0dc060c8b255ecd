package io.staygrid.reservation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.reservation.repository.entity.SandboxChargeEntity;
import io.staygrid.reservation.repository.entity.SandboxVoidEntity;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * The sandbox processor's ledger: at most one charge per reservation id (approved or declined), at most one
 * refund, and voids: a voided id refuses every later charge. Charging and voiding one id take the same
 * transaction-scoped advisory lock, so whichever comes first wins.
 */
@ApplicationScoped
@Transactional
public class SandboxLedger implements PanacheRepositoryBase<SandboxChargeEntity, UUID> {

    /** A recorded charge and what has been refunded of it (null if nothing). */
    public record Charge(String reservationId, Amount amount, boolean approved, Long refundedMinor) {
    }

    public Optional<Charge> charge(String reservationId) {
        return findByIdOptional(UUID.fromString(reservationId)).map(c -> new Charge(reservationId,
                new Amount(Currency.getInstance(c.currency), c.amountMinor), "APPROVED".equals(c.outcome),
                c.refundedMinor));
    }

    /** Records the charge unless one exists or the id was voided; returns the charge that stands, if any. */
    public Optional<Charge> record(String reservationId, String token, Amount amount, boolean approved) {
        lock(reservationId);
        if (voided(reservationId) || charge(reservationId).isPresent()) {
            return charge(reservationId);
        }
        SandboxChargeEntity c = new SandboxChargeEntity();
        c.reservationId = UUID.fromString(reservationId);
        c.paymentToken = token;
        c.currency = amount.currency().getCurrencyCode();
        c.amountMinor = amount.minorUnits();
        c.outcome = approved ? "APPROVED" : "DECLINED";
        persist(c);
        return charge(reservationId);
    }

    /** The charge if one exists; otherwise voids the id (for good) and returns empty. */
    public Optional<Charge> voidUnlessCharged(String reservationId) {
        lock(reservationId);
        Optional<Charge> charge = charge(reservationId);
        if (charge.isEmpty() && !voided(reservationId)) {
            SandboxVoidEntity v = new SandboxVoidEntity();
            v.reservationId = UUID.fromString(reservationId);
            getEntityManager().persist(v);
        }
        return charge;
    }

    /** Refunds once: the first refund's amount stands; nothing to refund without an approved charge. */
    public Amount refund(String reservationId, Amount amount) {
        Optional<SandboxChargeEntity> charge = findByIdOptional(UUID.fromString(reservationId),
                LockModeType.PESSIMISTIC_WRITE).filter(c -> "APPROVED".equals(c.outcome));
        charge.filter(c -> c.refundedMinor == null).ifPresent(c -> {
            c.refundedMinor = Math.min(amount.minorUnits(), c.amountMinor);
            c.refundTime = Instant.now();
        });
        return new Amount(amount.currency(), charge.map(c -> c.refundedMinor).orElse(0L));
    }

    private boolean voided(String reservationId) {
        return getEntityManager().find(SandboxVoidEntity.class, UUID.fromString(reservationId)) != null;
    }

    /** Native: PostgreSQL's transaction-scoped advisory lock serializes charging and voiding one id. */
    private void lock(String reservationId) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, reservationId).getSingleResult();
    }
}
