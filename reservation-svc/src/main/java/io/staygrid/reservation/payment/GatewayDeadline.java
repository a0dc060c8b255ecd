package io.staygrid.reservation.payment;

import io.staygrid.reservation.config.ReservationConfig;
import io.staygrid.support.money.Amount;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Bounds every call to whatever gateway is in use by {@code payment.deadline}, which the start-up check keeps
 * well inside the saga's lease: a run that is still waiting on the gateway gives up (UNKNOWN, or unavailable
 * for a refund) before another run can take its reservation over. A call that goes on in the background
 * after that is harmless: the next run fences the id at the gateway before deciding anything.
 */
@Decorator
@Priority(10)
public abstract class GatewayDeadline implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(GatewayDeadline.class);

    @Inject
    @Delegate
    PaymentGateway gateway;

    @Inject
    GatewayThreads threads;

    @Inject
    ReservationConfig config;

    @Override
    public ChargeResult charge(String reservationId, Amount amount, String paymentToken) {
        return within("charge", reservationId, () -> gateway.charge(reservationId, amount, paymentToken))
                .orElse(ChargeResult.UNKNOWN);
    }

    @Override
    public ChargeResult lookup(String reservationId) {
        return within("lookup", reservationId, () -> gateway.lookup(reservationId)).orElse(ChargeResult.UNKNOWN);
    }

    @Override
    public ChargeResult fence(String reservationId) {
        return within("fence", reservationId, () -> gateway.fence(reservationId)).orElse(ChargeResult.UNKNOWN);
    }

    @Override
    public Amount refund(String reservationId, Amount amount) {
        return within("refund", reservationId, () -> gateway.refund(reservationId, amount)).orElseThrow(
                () -> new PaymentUnavailableException("the gateway did not answer the refund in time"));
    }

    /** The call's answer, or empty when the deadline passed first; what the call throws is rethrown as is. */
    private <T> Optional<T> within(String call, String reservationId, Supplier<T> work) {
        Duration deadline = config.payment().deadline();
        Future<T> future = threads.submit(work::get);
        try {
            return Optional.ofNullable(future.get(deadline.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warnf("payment %s of %s did not answer within %s; treated as unknown", call, reservationId, deadline);
            return Optional.empty();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
