package io.staygrid.reservation.service.fakes;

import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.reservation.payment.PaymentGateway;
import io.staygrid.support.money.Amount;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A processor in memory with the sandbox's tokens; idempotent by reservation id; a fenced id refuses charges. */
public class FakeGateway implements PaymentGateway {

    public final Map<String, Long> charged = new HashMap<>();
    public final Map<String, Long> refunded = new HashMap<>();
    public final Map<String, Boolean> declined = new HashMap<>();
    public final Set<String> voided = new HashSet<>();
    public int chargeCalls;
    public boolean refundsFail;

    @Override
    public ChargeResult charge(String id, Amount amount, String token) {
        chargeCalls++;
        if (charged.containsKey(id)) {
            return ChargeResult.APPROVED;
        }
        if (declined.containsKey(id)) {
            return ChargeResult.DECLINED;
        }
        if (voided.contains(id)) {
            return ChargeResult.NO_CHARGE;
        }
        switch (token) {
            case "tok_approve" -> {
                charged.put(id, amount.minorUnits());
                return ChargeResult.APPROVED;
            }
            case "tok_timeout" -> {
                charged.put(id, amount.minorUnits());
                return ChargeResult.UNKNOWN;
            }
            case "tok_timeout_decline" -> {
                return ChargeResult.UNKNOWN;
            }
            default -> {
                declined.put(id, true);
                return ChargeResult.DECLINED;
            }
        }
    }

    @Override
    public ChargeResult lookup(String id) {
        if (charged.containsKey(id)) {
            return ChargeResult.APPROVED;
        }
        return declined.containsKey(id) ? ChargeResult.DECLINED : ChargeResult.NO_CHARGE;
    }

    @Override
    public ChargeResult fence(String id) {
        ChargeResult found = lookup(id);
        if (found == ChargeResult.NO_CHARGE) {
            voided.add(id);
        }
        return found;
    }

    @Override
    public Amount refund(String id, Amount amount) {
        if (refundsFail) {
            throw new IllegalStateException("processor unreachable");
        }
        if (!charged.containsKey(id)) {
            return Amount.zero(amount.currency());
        }
        refunded.putIfAbsent(id, Math.min(amount.minorUnits(), charged.get(id)));
        return new Amount(amount.currency(), refunded.get(id));
    }
}
