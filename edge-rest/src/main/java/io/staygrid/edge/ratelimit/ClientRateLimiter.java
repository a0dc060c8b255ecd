package io.staygrid.edge.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.staygrid.edge.config.EdgeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * One Bucket4j token bucket per client key (token subject or client IP), so a noisy client only
 * empties its own bucket. Buckets live in a bounded Caffeine cache and are forgotten when idle.
 * In-memory per instance: with N instances a client gets up to N times the limit.
 */
@ApplicationScoped
public class ClientRateLimiter {

    /** Whether the request may go on and, if not, how long to wait. */
    public record Decision(boolean allowed, long remaining, Duration retryAfter) {
    }

    private final EdgeConfig.RateLimit config;
    private final Cache<String, Bucket> buckets;

    ClientRateLimiter(EdgeConfig config) {
        this.config = config.rateLimit();
        this.buckets = Caffeine.newBuilder()
                .maximumSize(this.config.maxClients())
                .expireAfterAccess(this.config.idleExpiry())
                .build();
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
