package io.staygrid.reservation.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** Told after each saga step is durably done; tests replace it to simulate a crash between steps. */
public interface SagaObserver {

    void after(BookingSaga.Step step, String reservationId);

    /** The production observer: does nothing. */
    @ApplicationScoped
    @DefaultBean
    class None implements SagaObserver {
        @Override
        public void after(BookingSaga.Step step, String reservationId) {
            // Nothing to observe in production.
        }
    }
}
