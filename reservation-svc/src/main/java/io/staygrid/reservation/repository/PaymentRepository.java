package io.staygrid.reservation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.reservation.repository.entity.PaymentEntity;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Our record of each reservation's charge and refund (the gateway keeps its own). */
@ApplicationScoped
@Transactional
public class PaymentRepository implements PanacheRepositoryBase<PaymentEntity, UUID> {

    /** The charge state; REQUESTED (the gateway was maybe called, outcome not yet learnt) reads as UNKNOWN. */
    public Optional<ChargeResult> charge(String reservationId) {
        return findByIdOptional(UUID.fromString(reservationId)).map(p -> "REQUESTED".equals(p.chargeStatus)
                ? ChargeResult.UNKNOWN : ChargeResult.valueOf(p.chargeStatus));
    }

    /**
     * Records the charge as REQUESTED, only if the reservation is still PENDING and leased to {@code owner};
     * call with the reservation row locked. True if this call recorded it. Native: the condition on the
     * reservation and the insert are one statement.
     */
    public boolean requested(String reservationId, Amount amount, String owner) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO payment (reservation_id, currency, amount_minor, charge_status)
                SELECT r.reservation_id, ?1, ?2, 'REQUESTED' FROM reservation r
                WHERE r.reservation_id = ?3 AND r.status = 'PENDING' AND r.lease_owner = ?4
                ON CONFLICT (reservation_id) DO NOTHING
                """).setParameter(1, amount.currency().getCurrencyCode()).setParameter(2, amount.minorUnits())
                .setParameter(3, UUID.fromString(reservationId)).setParameter(4, owner).executeUpdate() == 1;
    }

    /**
     * Records what the gateway said. A definite outcome is never overwritten by a later, staler answer: only a
     * charge still REQUESTED/UNKNOWN is resolved, except that APPROVED (money was taken) always wins, so that it
     * is refunded rather than forgotten.
     */
    public void resolved(String reservationId, ChargeResult result) {
        update("chargeStatus = ?1, updateTime = ?2 where reservationId = ?3 and chargeStatus <> ?1"
                        + " and (chargeStatus in ('REQUESTED', 'UNKNOWN') or ?1 = 'APPROVED')",
                result.name(), Instant.now(), UUID.fromString(reservationId));
    }

    public void refunded(String reservationId, long refundedMinor) {
        update("refundMinor = ?1, updateTime = ?2 where reservationId = ?3", refundedMinor, Instant.now(),
                UUID.fromString(reservationId));
    }
}
