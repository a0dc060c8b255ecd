package io.staygrid.edge.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/** Two edge instances sharing one real Redis take from the same bucket of a client: the limit holds across them. */
class RedisBucketStoreTest {

    private static RedisServer redis;
    private static String url;

    @BeforeAll
    static void startRedis() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        redis = RedisServer.newRedisServer().port(port).bind("127.0.0.1").build();
        redis.start();
        url = "redis://127.0.0.1:" + port;
    }

    @AfterAll
    static void stopRedis() throws IOException {
        if (redis != null) {
            redis.stop();
        }
    }

    @Test
    void sixteenThreadsOnTwoInstancesGetExactlyTheCapacityOfOneSharedBucket() throws Exception {
        BucketConfiguration fifty = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(50).refillGreedy(50, Duration.ofHours(1)).build()).build();
        try (RedisBucketStore first = new RedisBucketStore(url, Duration.ofSeconds(2), Duration.ofHours(1));
                RedisBucketStore second = new RedisBucketStore(url, Duration.ofSeconds(2), Duration.ofHours(1))) {
            ExecutorService pool = Executors.newFixedThreadPool(16);
            AtomicInteger allowed = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> racers = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                RedisBucketStore edge = t % 2 == 0 ? first : second;
                racers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 10; i++) {
                        ConsumptionProbe probe = edge.tryConsume("general|ip:198.51.100.9", fifty)
                                .toCompletableFuture().get(10, TimeUnit.SECONDS);
                        if (probe.isConsumed()) {
                            allowed.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> racer : racers) {
                racer.get(60, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
            assertThat(allowed.get()).as("of 160 requests over two instances").isEqualTo(50);
            assertThat(second.tryConsume("general|ip:198.51.100.10", fifty).toCompletableFuture().get().isConsumed())
                    .as("another client has its own bucket").isTrue();
        }
    }
}
