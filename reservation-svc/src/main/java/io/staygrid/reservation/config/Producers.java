package io.staygrid.reservation.config;

import io.staygrid.reservation.service.SagaSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Beans built from configuration. */
@ApplicationScoped
public class Producers {

    @Produces
    @Singleton
    SagaSettings sagaSettings(ReservationConfig config) {
        return new SagaSettings(config.holdDuration(), config.minHoldLeftToCharge(), config.pendingLease());
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
