package io.staygrid.support.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.staygrid.support.observability.CacheStaleness.Stamped;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CacheStalenessTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    CacheStalenessTest() {
        registry.config().meterFilter(new MeterSettings().latencyBuckets());
    }

    @Test
    void anEntryServedSecondsAfterItWasReadIsRecordedThatOldUnderItsCacheName() {
        CacheStaleness staleness = new CacheStaleness(registry, "hotel-rates");
        long sevenSecondsAgo = System.nanoTime() - TimeUnit.SECONDS.toNanos(7);

        String served = staleness.served(new Stamped<>("rates", sevenSecondsAgo));

        assertThat(served).isEqualTo("rates");
        Timer age = registry.get(CacheStaleness.NAME).tag("cache", "hotel-rates").timer();
        assertThat(age.count()).isEqualTo(1);
        assertThat(age.max(TimeUnit.SECONDS)).isBetween(7.0, 60.0);
    }

    @Test
    void aJustReadEntryIsFreshAndTheBucketsSpanTheCachesExpiries() {
        CacheStaleness staleness = new CacheStaleness(registry, "room-type-occupancy");

        staleness.served(Stamped.now(3));

        Timer age = registry.get(CacheStaleness.NAME).tag("cache", "room-type-occupancy").timer();
        assertThat(age.max(TimeUnit.SECONDS)).isLessThan(1.0);
        CountAtBucket[] buckets = age.takeSnapshot().histogramCounts();
        assertThat(Arrays.stream(buckets).mapToDouble(b -> b.bucket(TimeUnit.SECONDS)))
                .containsExactly(1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0);
        assertThat(buckets[0].count()).isEqualTo(1);
    }

    @Test
    void switchedOffMetricsRecordNoStaleness() {
        SimpleMeterRegistry off = new SimpleMeterRegistry();
        off.config().meterFilter(new MeterSettings().recording(false));

        new CacheStaleness(off, "hotel-rates").served(Stamped.now("rates"));

        assertThat(off.getMeters()).isEmpty();
    }
}
