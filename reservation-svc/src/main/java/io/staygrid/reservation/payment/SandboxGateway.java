package io.staygrid.reservation.payment;

import io.staygrid.reservation.repository.SandboxLedger;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A card processor's test mode, with its own durable ledger (table sandbox_gateway_charge), idempotent by
 * reservation id. Tokens: "tok_approve" approves; "tok_decline" and any unknown token decline;
 * "tok_timeout" captures the charge but answers as if the call timed out (UNKNOWN; a lookup finds it
 * APPROVED); "tok_timeout_decline" times out without charging (a lookup finds NO_CHARGE). A fenced (voided)
 * reservation id refuses every later charge with NO_CHARGE.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    public static final String APPROVE = "tok_approve";
    public static final String DECLINE = "tok_decline";
    public static final String TIMEOUT = "tok_timeout";
    public static final String TIMEOUT_DECLINE = "tok_timeout_decline";

    private static final Logger LOG = Logger.getLogger(SandboxGateway.class);

    private final SandboxLedger ledger;

    public SandboxGateway(SandboxLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public ChargeResult charge(String reservationId, Amount amount, String paymentToken) {
        var existing = ledger.charge(reservationId);
        if (existing.isPresent()) {
            return outcome(existing);
        }
        switch (paymentToken) {
            case APPROVE -> {
                return outcome(ledger.record(reservationId, paymentToken, amount, true));
            }
            case TIMEOUT -> {
                ledger.record(reservationId, paymentToken, amount, true);
                LOG.infof("sandbox: charge of %s captured, answering as a timeout", reservationId);
                return ChargeResult.UNKNOWN;
            }
            case TIMEOUT_DECLINE -> {
                return ChargeResult.UNKNOWN;
            }
            default -> {
                return outcome(ledger.record(reservationId, paymentToken, amount, false));
            }
        }
    }

    @Override
    public ChargeResult lookup(String reservationId) {
        return outcome(ledger.charge(reservationId));
    }

    @Override
    public ChargeResult fence(String reservationId) {
        return outcome(ledger.voidUnlessCharged(reservationId));
    }

    @Override
    public Amount refund(String reservationId, Amount amount) {
        return ledger.refund(reservationId, amount);
    }

    /** No charge (none yet, or the id was voided) is NO_CHARGE. */
    private static ChargeResult outcome(Optional<SandboxLedger.Charge> charge) {
        return charge.map(c -> c.approved() ? ChargeResult.APPROVED : ChargeResult.DECLINED).orElse(ChargeResult.NO_CHARGE);
    }
}
