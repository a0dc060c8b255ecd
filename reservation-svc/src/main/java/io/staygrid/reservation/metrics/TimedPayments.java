package io.staygrid.reservation.metrics;

import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.reservation.payment.PaymentGateway;
import io.staygrid.support.money.Amount;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Times the gateway steps (charge, lookup, fence, and the refund compensation) for {@link SagaSteps}, outside the
 * payment deadline ({@code GatewayDeadline}, priority 10), so a call that timed out counts its full wait.
 */
@Decorator
@Priority(5)
public abstract class TimedPayments implements PaymentGateway {

    @Inject
    @Delegate
    PaymentGateway gateway;

    @Inject
    SagaSteps steps;

    @Override
    public ChargeResult charge(String reservationId, Amount amount, String paymentToken) {
        return steps.time("charge", () -> gateway.charge(reservationId, amount, paymentToken), TimedPayments::name);
    }

    @Override
    public ChargeResult lookup(String reservationId) {
        return steps.time("lookup", () -> gateway.lookup(reservationId), TimedPayments::name);
    }

    @Override
    public ChargeResult fence(String reservationId) {
        return steps.time("fence", () -> gateway.fence(reservationId), TimedPayments::name);
    }

    @Override
    public Amount refund(String reservationId, Amount amount) {
        return steps.time("refund", () -> gateway.refund(reservationId, amount), refunded -> "ok");
    }

    private static String name(ChargeResult result) {
        return result.name().toLowerCase(Locale.ROOT);
    }
}
