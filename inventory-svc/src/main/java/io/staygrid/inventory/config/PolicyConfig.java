package io.staygrid.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Overbooking policy changes, which move a hotel one room type at a time (prefix {@code staygrid.inventory.policy}). */
@ConfigMapping(prefix = "staygrid.inventory.policy")
public interface PolicyConfig {

    /** How long a policy change owns its hotel's pending marker; past it, the repair job finishes the change. */
    @WithDefault("1m")
    Duration lease();

    /** How often the repair job looks for policy changes abandoned midway. */
    @WithDefault("1m")
    String repairEvery();
}
