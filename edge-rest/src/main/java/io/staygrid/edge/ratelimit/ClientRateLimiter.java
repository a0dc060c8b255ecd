package io.staygrid.edge.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.staygrid.edge.config.EdgeConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bucket4j token buckets per client key (token subject or client address), so a noisy client only empties its own
 * buckets. Every request takes from the client's general bucket; quotes and bookings, which write rows, also take
 * from a tighter bucket of their own, so they are refused before anything is written. The buckets live in memory
 * (a bounded Caffeine cache, per instance) or, with {@code staygrid.edge.rate-limit.redis-url}, in Redis, shared by
 * every edge instance.
 */
@ApplicationScoped
public class ClientRateLimiter {

    static final String CACHE = "rate-limit-buckets";

    /** Which limit a request counts against besides the general one. */
    public enum Route {
        GENERAL, QUOTES, BOOKINGS;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the request may go on and, if not, how long to wait and which bucket refused it. */
    public record Decision(boolean allowed, long remaining, Duration retryAfter, Route route) {

        static Decision of(ConsumptionProbe probe, Route route) {
            return new Decision(probe.isConsumed(), probe.getRemainingTokens(),
                    Duration.ofNanos(probe.getNanosToWaitForRefill()), route);
        }
    }

    private final EdgeConfig.RateLimit config;
    private final BucketStore store;
    private final Map<Route, BucketConfiguration> limits = new EnumMap<>(Route.class);

    ClientRateLimiter(EdgeConfig config, MeterRegistry registry) {
        this.config = config.rateLimit();
        limits.put(Route.GENERAL, configuration(this.config));
        limits.put(Route.QUOTES, configuration(this.config.quotes()));
        limits.put(Route.BOOKINGS, configuration(this.config.bookings()));
        this.store = this.config.redisUrl()
                .<BucketStore>map(url -> new RedisBucketStore(url, this.config.redisTimeout(), longestRefill()))
                .orElseGet(() -> new MemoryBucketStore(this.config.maxClients(), this.config.idleExpiry(), registry, CACHE));
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** Takes one token from the client's general bucket and, for quotes and bookings, one from the route's bucket. */
    public Uni<Decision> tryAcquire(String clientKey, Route route) {
        Uni<Decision> general = take(Route.GENERAL, clientKey);
        if (route == Route.GENERAL) {
            return general;
        }
        return general.flatMap(decision -> decision.allowed() ? take(route, clientKey) : Uni.createFrom().item(decision));
    }

    private Uni<Decision> take(Route route, String clientKey) {
        return Uni.createFrom().completionStage(() -> store.tryConsume(route.key() + "|" + clientKey, limits.get(route)))
                .map(probe -> Decision.of(probe, route));
    }

    @PreDestroy
    void close() {
        store.close();
    }

    private Duration longestRefill() {
        return limits.values().stream().map(ClientRateLimiter::timeToFill).max(Duration::compareTo).orElseThrow();
    }

    private static Duration timeToFill(BucketConfiguration configuration) {
        Bandwidth b = configuration.getBandwidths()[0];
        return Duration.ofNanos(Math.max(1, b.getRefillPeriodNanos() * Math.max(1, b.getCapacity() / b.getRefillTokens())));
    }

    private static BucketConfiguration configuration(EdgeConfig.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.refillTokens(), limit.refillPeriod()).build())
                .build();
    }
}
