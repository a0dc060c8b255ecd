package io.staygrid.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tunables of inventory-svc (prefix {@code staygrid.inventory}). */
@ConfigMapping(prefix = "staygrid.inventory")
public interface InventoryConfig {

    /** How long a mutation waits for row locks before answering UNAVAILABLE (INVENTORY_BUSY). */
    @WithDefault("2s")
    Duration lockTimeout();

    /** The expiry sweeper that gives the rooms of unconfirmed, expired holds back. */
    Sweeper sweeper();

    /** The horizon job that adds the new days of inventory. */
    Horizon horizon();

    interface Sweeper {
        /** How often the sweeper runs (a Quarkus scheduler interval such as {@code 10s}). */
        @WithDefault("10s")
        String every();

        /** The most holds one sweeper transaction expires. */
        @WithDefault("200")
        int batchSize();
    }

    interface Horizon {
        /** How often the horizon job runs; hourly so every time zone's midnight is caught within the hour. */
        @WithDefault("1h")
        String every();
    }
}
