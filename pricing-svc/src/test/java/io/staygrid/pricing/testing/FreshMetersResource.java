package io.staygrid.pricing.testing;

import io.micrometer.core.instrument.Metrics;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Empties Micrometer's global registry before the app starts. In test mode Quarkus leaves a stopped app's meters
 * there (it removes them only in dev mode), and the next app in the same JVM gets the old meter back for the same
 * name and tags: a function meter such as {@code cache.gets} would go on reading the stopped app's cache.
 */
public class FreshMetersResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Metrics.globalRegistry.getMeters().forEach(Metrics.globalRegistry::remove);
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
