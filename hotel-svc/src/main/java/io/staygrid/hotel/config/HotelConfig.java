package io.staygrid.hotel.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of hotel-svc, under the prefix {@code staygrid.hotel}. */
@ConfigMapping(prefix = "staygrid.hotel")
public interface HotelConfig {

    /** Deadline of every call to inventory-svc (synchronous checks and relay deliveries). */
    @WithDefault("2s")
    Duration inventoryDeadline();

    /** The capacity outbox relay. */
    CapacityRelay capacityRelay();

    /** Create* request_id deduplication. */
    Idempotency idempotency();

    /** How the capacity outbox is delivered to inventory-svc. */
    interface CapacityRelay {

        /** How often the scheduled relay looks for due changes (the scheduler reads the same key). */
        @WithDefault("5s")
        Duration interval();

        /** Room types delivered per relay pass at most. */
        @WithDefault("100")
        int batchSize();

        /** Wait before retrying a room type whose delivery failed; doubles per failure. */
        @WithDefault("1s")
        Duration initialBackoff();

        /** Upper bound of the retry wait. */
        @WithDefault("60s")
        Duration maxBackoff();

        /** Whether a change is also pushed right after its transaction commits (best effort). */
        @WithDefault("true")
        boolean triggerAfterCommit();
    }

    /** Remembered request ids. */
    interface Idempotency {

        /** How long a request_id is remembered (the contract promises at least 7 days). */
        @WithDefault("7d")
        Duration retention();

        /** How often expired request ids are removed (the scheduler reads the same key). */
        @WithDefault("1h")
        Duration cleanupInterval();
    }
}
