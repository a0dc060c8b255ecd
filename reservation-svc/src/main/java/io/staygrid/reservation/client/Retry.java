package io.staygrid.reservation.client;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.staygrid.reservation.config.ReservationConfig;
import java.util.function.Supplier;

/** Retries an idempotent call on UNAVAILABLE or DEADLINE_EXCEEDED, with doubling pauses (Failsafe). */
final class Retry {

    private Retry() {
    }

    static <T> T idempotent(ReservationConfig.Downstream settings, Supplier<T> call) {
        RetryPolicy<T> policy = RetryPolicy.<T>builder()
                .handleIf(Retry::isTransient)
                .withMaxAttempts(settings.attempts())
                .withBackoff(settings.backoff(), settings.backoff().multipliedBy(1L << Math.min(settings.attempts(), 16)))
                .build();
        try {
            return Failsafe.with(policy).get(call::get);
        } catch (dev.failsafe.FailsafeException e) {
            // Failsafe wraps checked causes only; gRPC failures are unchecked and arrive as thrown.
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    private static boolean isTransient(Throwable failure) {
        if (!(failure instanceof StatusRuntimeException e)) {
            return false;
        }
        Status.Code code = e.getStatus().getCode();
        return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
    }
}
