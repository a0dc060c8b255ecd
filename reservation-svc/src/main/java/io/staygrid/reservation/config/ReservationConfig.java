package io.staygrid.reservation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** reservation-svc settings, prefix {@code staygrid.reservation}. */
@ConfigMapping(prefix = "staygrid.reservation")
public interface ReservationConfig {

    /** How long inventory holds the rooms of a booking before payment is confirmed (inventory max 24h). */
    @WithDefault("15m")
    Duration holdDuration();

    /** The least hold time that must remain for the saga to start charging; less means REJECTED HOLD_EXPIRED. */
    @WithDefault("2m")
    Duration minHoldLeftToCharge();

    /** How long a live saga owns a new reservation before the recovery job may drive it (the "short deadline"). */
    @WithDefault("30s")
    Duration pendingLease();

    /** How long a duplicate CreateReservation waits for the first one's saga to leave PENDING. */
    @WithDefault("5s")
    Duration duplicateWait();

    /** The recovery job. */
    Recovery recovery();

    /** The inventory-svc client. */
    Downstream inventory();

    /** The pricing-svc client. */
    Downstream pricing();

    /** Recovery job settings. */
    interface Recovery {
        /** How often the job runs (a Quarkus duration like "10s"; "off" disables it). */
        @WithDefault("10s")
        String every();

        /** How many reservations one run claims at most. */
        @WithDefault("50")
        int batchSize();
    }

    /** A downstream gRPC service's call settings. */
    interface Downstream {
        /** The deadline of each call. */
        @WithDefault("2s")
        Duration deadline();

        /** How many times an idempotent call is tried on UNAVAILABLE or DEADLINE_EXCEEDED (1 = no retry). */
        @WithDefault("3")
        int attempts();

        /** The pause before the first retry; doubled on each further retry. */
        @WithDefault("100ms")
        Duration backoff();
    }
}
