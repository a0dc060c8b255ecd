package io.staygrid.edge.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Buckets in a bounded Caffeine cache of this instance, forgotten when idle: with N instances a client gets up to N
 * times the limit. Metered as a cache (Micrometer's Caffeine meters: a miss is a client not seen within the idle
 * expiry, the size is the buckets tracked against max-clients); buckets are state, not a copy, so nothing goes stale.
 */
final class MemoryBucketStore implements BucketStore {

    private final Cache<String, Bucket> buckets;

    MemoryBucketStore(long maxClients, Duration idleExpiry, MeterRegistry registry, String cacheName) {
        this.buckets = CaffeineCacheMetrics.monitor(registry, Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(idleExpiry)
                .recordStats()
                .<String, Bucket>build(), cacheName);
    }

    @Override
    public CompletionStage<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
        Bucket bucket = buckets.get(key, k -> {
            var builder = Bucket.builder();
            for (var bandwidth : configuration.getBandwidths()) {
                builder.addLimit(bandwidth);
            }
            return builder.build();
        });
        return CompletableFuture.completedFuture(bucket.tryConsumeAndReturnRemaining(1));
    }

    @Override
    public void close() {
        buckets.invalidateAll();
    }
}
