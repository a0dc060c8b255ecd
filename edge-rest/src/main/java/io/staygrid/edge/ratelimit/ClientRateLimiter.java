package io.staygrid.edge.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.staygrid.edge.config.EdgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * One Bucket4j token bucket per client key (token subject or client IP), so a noisy client only
 * empties its own bucket. Buckets live in a bounded Caffeine cache and are forgotten when idle.
 * In-memory per instance: with N instances a client gets up to N times the limit. The buckets are metered as
 * cache "rate-limit-buckets" (Micrometer's Caffeine meters: a miss is a client not seen within the idle expiry,
 * the size is the clients tracked against {@code max-clients}); they are state, not a copy, so nothing goes stale.
 */
@ApplicationScoped
public class ClientRateLimiter {

    static final String CACHE = "rate-limit-buckets";

    /** Whether the request may go on and, if not, how long to wait. */
    public record Decision(boolean allowed, long remaining, Duration retryAfter) {
    }

    private final EdgeConfig.RateLimit config;
    private final Cache<String, Bucket> buckets;

    ClientRateLimiter(EdgeConfig config, MeterRegistry registry) {
        this.config = config.rateLimit();
        this.buckets = CaffeineCacheMetrics.monitor(registry, Caffeine.newBuilder()
                .maximumSize(this.config.maxClients())
                .expireAfterAccess(this.config.idleExpiry())
                .recordStats()
                .<String, Bucket>build(), CACHE);
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** Takes one token from the client's bucket. */
    public Decision tryAcquire(String clientKey) {
        Bucket bucket = buckets.get(clientKey, key -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(config.capacity())
                        .refillGreedy(config.refillTokens(), config.refillPeriod())
                        .build())
                .build();
    }
}
