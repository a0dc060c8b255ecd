package io.staygrid.reservation.it;

import io.staygrid.reservation.service.BookingSaga;
import io.staygrid.reservation.service.SagaObserver;
import jakarta.enterprise.context.ApplicationScoped;

/** Replaces the no-op observer in tests: when armed, "crashes" the saga right after the given step. */
@ApplicationScoped
public class CrashingObserver implements SagaObserver {

    public static volatile BookingSaga.Step crashAfter;

    @Override
    public void after(BookingSaga.Step step, String reservationId) {
        if (step == crashAfter) {
            throw new IllegalStateException("simulated crash after " + step);
        }
    }
}
