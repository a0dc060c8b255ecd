package io.staygrid.reservation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** reservation-svc settings, prefix {@code staygrid.reservation}. */
@ConfigMapping(prefix = "staygrid.reservation")
public interface ReservationConfig {

    /** How long inventory holds the rooms of a booking before payment is confirmed (1 min to 24 h, checked at start). */
    @WithDefault("15m")
    Duration holdDuration();

    /** The least hold time that must remain for the saga to start charging; less means REJECTED HOLD_EXPIRED. */
    @WithDefault("2m")
    Duration minHoldLeftToCharge();

    /**
     * A saga run's lease on its reservation, renewed before each remote call: must outlast the slowest step
     * (all inventory tries incl. backoff) and twice the payment deadline; checked at start.
     */
    @WithDefault("30s")
    Duration pendingLease();

    /** The recovery job. */
    Recovery recovery();

    /** The inventory-svc client. */
    Downstream inventory();

    /** The pricing-svc client. */
    Downstream pricing();

    /** The hotel-svc client (time zones and occupancy, cached). */
    Downstream hotel();

    /** The payment gateway calls. */
    Payment payment();

    /** Payment gateway settings. */
    interface Payment {
        /**
         * How long a gateway call (charge, lookup, fence, refund) may take before the saga stops waiting and
         * treats its outcome as unknown; at most half the pending-lease (checked at start).
         */
        @WithDefault("10s")
        Duration deadline();

        /**
         * Whether the sandbox gateway (test cards, no money moves; the only gateway so far) may run. Outside the dev,
         * local and test profiles the service refuses to start unless this is set explicitly, so a production
         * deployment cannot take bookings against a test processor by accident.
         */
        @WithDefault("false")
        boolean sandboxAllowed();
    }

    /** Recovery job settings. */
    interface Recovery {
        /** How often the job runs (a Quarkus duration like "10s"; "off" disables it). */
        @WithDefault("10s")
        String every();

        /** How many reservations one run claims at most. */
        @WithDefault("50")
        int batchSize();

        /** After this many claims a still unfinished reservation is flagged needs_attention STUCK and left alone. */
        @WithDefault("20")
        int maxAttempts();
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
