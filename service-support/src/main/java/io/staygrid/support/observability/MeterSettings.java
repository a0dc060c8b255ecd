package io.staygrid.support.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every service's meters share: an {@code application} tag (the service name, so one dashboard query spans
 * the mesh) and fixed latency buckets on the request and saga timers, so Prometheus can compute percentiles
 * ({@code histogram_quantile}) with a dozen series per timer instead of Micrometer's ~70 default buckets.
 */
@Singleton
public class MeterSettings {

    /** Upper bounds of the latency buckets, from a cache hit to a booking that waited on every retry. */
    static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30)
    };

    /**
     * Upper bounds of the cache staleness buckets ({@link CacheStaleness}): around the caches' expiries (5 s for
     * rates, 60 s for room type facts), so an entry served past its expiry stands out.
     */
    static final Duration[] STALENESS_BUCKETS = {
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
        Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofMinutes(5)
    };

    /** Timers that get buckets: RED of HTTP and gRPC, and StayGrid's own. */
    static final List<String> BUCKETED = List.of("http.server.requests", "grpc.server.processing.duration",
            "grpc.client.processing.duration", "staygrid.");

    @Produces
    @Singleton
    MeterFilter applicationTag(@ConfigProperty(name = "quarkus.application.name") String application) {
        return MeterFilter.commonTags(List.of(io.micrometer.core.instrument.Tag.of("application", application)));
    }

    /**
     * {@code staygrid.metrics.enabled=false} hands out no-op meters (Micrometer's deny filter): nothing is recorded
     * and /q/metrics is empty. Only for measuring what metrics cost (the mesh benchmark's observability off);
     * Quarkus' own switches are fixed at build time.
     */
    @Produces
    @Singleton
    MeterFilter recording(@ConfigProperty(name = "staygrid.metrics.enabled", defaultValue = "true") boolean enabled) {
        return enabled ? new MeterFilter() {
        } : MeterFilter.deny();
    }

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER || BUCKETED.stream().noneMatch(id.getName()::startsWith)) {
                    return config;
                }
                Duration[] bounds = id.getName().equals(CacheStaleness.NAME) ? STALENESS_BUCKETS : LATENCY_BUCKETS;
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(toNanos(bounds))
                        .build().merge(config);
            }
        };
    }

    private static double[] toNanos(Duration[] bounds) {
        double[] nanos = new double[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            nanos[i] = bounds[i].toNanos();
        }
        return nanos;
    }
}
