package io.staygrid.edge.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Buckets in Redis through Bucket4j's Lettuce integration (compare-and-swap, asynchronous, so the event loop never
 * waits on Redis): every edge instance takes from the same bucket of a client. A key expires once its bucket would
 * be full again, so idle clients cost nothing.
 */
final class RedisBucketStore implements BucketStore {

    static final String KEY_PREFIX = "staygrid:rate-limit:";

    private final RedisClient client;
    private final StatefulRedisConnection<byte[], byte[]> connection;
    private final AsyncProxyManager<byte[]> buckets;

    RedisBucketStore(String url, Duration timeout, Duration keepIdleBucketsFor) {
        this.client = RedisClient.create(url);
        client.setOptions(ClientOptions.builder().timeoutOptions(TimeoutOptions.enabled(timeout)).build());
        this.connection = client.connect(ByteArrayCodec.INSTANCE);
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keepIdleBucketsFor))
                .build()
                .asAsync();
    }

    @Override
    public CompletionStage<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
        return buckets.builder()
                .build((KEY_PREFIX + key).getBytes(StandardCharsets.UTF_8), () -> CompletableFuture.completedFuture(configuration))
                .tryConsumeAndReturnRemaining(1);
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
