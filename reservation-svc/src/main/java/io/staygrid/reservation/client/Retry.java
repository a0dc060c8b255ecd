package io.staygrid.reservation.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.staygrid.reservation.config.ReservationConfig;
import java.time.Duration;
import java.util.function.Supplier;

/** Retries an idempotent call on UNAVAILABLE or DEADLINE_EXCEEDED, with doubling pauses. */
final class Retry {

    private Retry() {
    }

    static <T> T idempotent(ReservationConfig.Downstream settings, Supplier<T> call) {
        Duration pause = settings.backoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (StatusRuntimeException e) {
                Status.Code code = e.getStatus().getCode();
                boolean transient_ = code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
                if (!transient_ || attempt >= settings.attempts()) {
                    throw e;
                }
                sleep(pause);
                pause = pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Status.CANCELLED.withDescription("interrupted while backing off").asRuntimeException();
        }
    }
}
