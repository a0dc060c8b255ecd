package io.staygrid.pricing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of pricing-svc, under {@code staygrid.pricing}. */
@ConfigMapping(prefix = "staygrid.pricing")
public interface PricingConfig {

    /** The deadline of every call to inventory-svc (one GetRateCalendar shares one deadline across its calls). */
    @WithDefault("1500ms")
    Duration inventoryDeadline();

    /** How long a quote locks its price when the request names no quote_duration. */
    @WithDefault("15m")
    Duration defaultQuoteDuration();

    /** How long quotes are kept after they expire before the purge job removes them (contract: at least 30 days). */
    @WithDefault("31d")
    Duration quoteRetention();

    /** How long a deleted rate override (and so its request_id) is kept (contract: keys at least 24 hours). */
    @WithDefault("2d")
    Duration deletedOverrideRetention();

    /** How often the purge job runs (a Quarkus "every" expression such as 1h, or "off"). */
    @WithDefault("1h")
    String purgeEvery();
}
