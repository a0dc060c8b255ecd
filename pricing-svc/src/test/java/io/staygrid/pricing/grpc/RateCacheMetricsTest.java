package io.staygrid.pricing.grpc;

import static io.staygrid.pricing.testing.Fixtures.calendar;
import static io.staygrid.pricing.testing.Fixtures.eur;
import static io.staygrid.pricing.testing.Fixtures.inDays;
import static io.staygrid.pricing.testing.Fixtures.newHotel;
import static io.staygrid.pricing.testing.Fixtures.setBaseRate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.pricing.testing.FakeInventory;
import io.staygrid.pricing.testing.FakeInventoryResource;
import io.staygrid.pricing.testing.FreshMetersResource;
import io.staygrid.pricing.v1.PricingServiceGrpc.PricingServiceBlockingStub;
import io.staygrid.support.observability.CacheStaleness;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The "hotel-rates" cache behind the price calendar is metered: hits and misses (Quarkus' cache meters) and the age
 * of every answer it serves (staygrid.cache.staleness), all scraped by Prometheus at /q/metrics.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FakeInventoryResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FreshMetersResource.class, restrictToAnnotatedClass = true)
class RateCacheMetricsTest {

    private static final String CACHE = "hotel-rates";

    @GrpcClient("self")
    PricingServiceBlockingStub pricing;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource("/q/metrics")
    URI metrics;

    FakeInventory inventory;

    private long pricedHotel() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        return hotel;
    }

    @Test
    void aCalendarReadsTheRatesOnceThenServesThemFromTheCacheAndEveryAnswerIsAged() {
        long hotel = pricedHotel();
        LocalDate start = inDays(10);
        double misses = gets("miss");
        double hits = gets("hit");
        long answers = staleness().count();

        calendar(pricing, hotel, 1, start, start.plusDays(2));
        calendar(pricing, hotel, 1, start, start.plusDays(2));
        calendar(pricing, hotel, 1, start.plusDays(1), start.plusDays(3));

        assertThat(gets("miss")).isEqualTo(misses + 1);
        assertThat(gets("hit")).isEqualTo(hits + 2);
        assertThat(staleness().count()).isEqualTo(answers + 3);
    }

    @Test
    void ratesServedFromTheCacheSecondsAfterTheyWereReadAreRecordedThatOld() {
        long hotel = pricedHotel();
        LocalDate start = inDays(12);
        calendar(pricing, hotel, 1, start, start.plusDays(1));
        long olderThanASecond = servedOlderThanOneSecond();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            calendar(pricing, hotel, 1, start, start.plusDays(1));
            assertThat(servedOlderThanOneSecond()).isGreaterThan(olderThanASecond);
        });
        assertThat(staleness().max(TimeUnit.SECONDS)).as("within the cache's 5 s expiry").isBetween(1.0, 5.5);
    }

    @Test
    void aChangeOfTheHotelsRatesIsServedFreshAtOnce() {
        long hotel = pricedHotel();
        LocalDate start = inDays(14);
        calendar(pricing, hotel, 1, start, start.plusDays(1));
        double misses = gets("miss");

        setBaseRate(pricing, hotel, 1, eur(120));

        assertThat(calendar(pricing, hotel, 1, start, start.plusDays(1)).getDays(0).getBaseRate()).isEqualTo(eur(120));
        assertThat(gets("miss")).isEqualTo(misses + 1);
    }

    @Test
    void prometheusScrapesTheCacheMeters() throws Exception {
        long hotel = pricedHotel();
        calendar(pricing, hotel, 1, inDays(16), inDays(17));

        HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).containsPattern("cache_gets_total\\{[^}]*cache=\"hotel-rates\"[^}]*result=\"miss\"")
                .containsPattern("cache_gets_total\\{[^}]*cache=\"hotel-rates\"[^}]*result=\"hit\"")
                .containsPattern("staygrid_cache_staleness_seconds_bucket\\{[^}]*cache=\"hotel-rates\"[^}]*le=\"5\\.0\"")
                .containsPattern("staygrid_cache_staleness_seconds_max\\{[^}]*application=\"pricing-svc\"");
    }

    private double gets(String result) {
        FunctionCounter counter = registry.find("cache.gets").tags("cache", CACHE, "result", result).functionCounter();
        return counter == null ? 0 : counter.count();
    }

    private Timer staleness() {
        return registry.get(CacheStaleness.NAME).tag("cache", CACHE).timer();
    }

    private long servedOlderThanOneSecond() {
        Timer timer = staleness();
        CountAtBucket withinASecond = Arrays.stream(timer.takeSnapshot().histogramCounts())
                .filter(b -> b.bucket(TimeUnit.SECONDS) == 1.0).findFirst().orElseThrow();
        return timer.count() - (long) withinASecond.count();
    }
}
