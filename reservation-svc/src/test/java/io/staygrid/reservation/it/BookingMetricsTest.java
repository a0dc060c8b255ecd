package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.reservation.metrics.BacklogGauges;
import io.staygrid.reservation.service.HotelFacts;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.support.observability.CacheStaleness;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The booking funnel's meters: outcomes read from CreateReservation's answers, each saga step timed, the
 * recovery backlog counted from the database, all scraped by Prometheus at /q/metrics.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class BookingMetricsTest extends GrpcTestBase {

    @Inject
    MeterRegistry registry;
    @Inject
    BacklogGauges backlog;
    @Inject
    HotelFacts hotels;
    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Test
    void bookingsAreCountedByOutcomeAndReasonAndEachSagaStepIsTimed() {
        double paid = attempts("PAID", "NONE");
        double declined = attempts("REJECTED", "PAYMENT_DECLINED");
        double soldOut = attempts("REJECTED", "ROOMS_UNAVAILABLE");
        double replayed = attempts("REPLAYED", "NONE");
        long charges = steps("charge", "approved");

        CreateReservationRequest booking = request("tok_approve").build();
        api.createReservation(booking);
        api.createReservation(booking);
        api.createReservation(request("tok_decline").build());
        Downstreams.INVENTORY.roomsLeft = 0;
        api.createReservation(request("tok_approve").build());

        assertThat(attempts("PAID", "NONE")).isEqualTo(paid + 1);
        assertThat(attempts("REPLAYED", "NONE")).isEqualTo(replayed + 1);
        assertThat(attempts("REJECTED", "PAYMENT_DECLINED")).isEqualTo(declined + 1);
        assertThat(attempts("REJECTED", "ROOMS_UNAVAILABLE")).isEqualTo(soldOut + 1);
        assertThat(steps("charge", "approved")).isEqualTo(charges + 1);
        assertThat(steps("hold", "held")).isPositive();
        assertThat(steps("hold", "refused")).isPositive();
        assertThat(steps("release", "ok")).as("the release compensation of the declined booking").isPositive();
        assertThat(steps("quote_check", "found")).isPositive();
        assertThat(registry.get("staygrid.booking.duration").tag("outcome", "PAID").timer().count()).isPositive();
    }

    @Test
    void theRecoveryBacklogIsCountedFromTheDatabase() {
        backlog.refresh();
        assertThat(gauge("staygrid.compensations.pending")).isGreaterThanOrEqualTo(0);
        assertThat(gauge("staygrid.reservations.stuck")).isEqualTo(count("SELECT count(*) FROM reservation WHERE"
                + " (status = 'PENDING' OR (status = 'PAID' AND NOT hold_confirmed)) AND attention_reason = 'STUCK'"
                + " AND needs_attention"));
        assertThat(gauge("staygrid.reservations.unfinished")).isEqualTo(count("SELECT count(*) FROM reservation WHERE"
                + " status = 'PENDING' OR (status = 'PAID' AND NOT hold_confirmed)"));
    }

    @Test
    void prometheusScrapesTheBookingAndFrameworkMeters() throws Exception {
        api.createReservation(request("tok_approve").build());
        backlog.refresh();
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("staygrid_booking_attempts_total{", "application=\"reservation-svc\"",
                "staygrid_saga_step_duration_seconds_bucket{", "staygrid_reservations_stuck{",
                "staygrid_compensations_pending{", "grpc_server_processing_duration_seconds_count{",
                "grpc_client_processing_duration_seconds_count{", "agroal_active_count", "cache_gets_total{");
    }

    @Test
    void theRoomTypeFactsCacheCountsHitsAndMissesAndAgesEveryAnswer() {
        long roomType = 7_001;
        double misses = cacheGets("room-type-occupancy", "miss");
        double hits = cacheGets("room-type-occupancy", "hit");
        Timer before = registry.find(CacheStaleness.NAME).tag("cache", "room-type-occupancy").timer();
        long answers = before == null ? 0 : before.count();

        assertThat(hotels.maxOccupancy(HOTEL, roomType)).hasValue(4);
        assertThat(hotels.maxOccupancy(HOTEL, roomType)).hasValue(4);
        assertThat(hotels.maxOccupancy(HOTEL, roomType)).hasValue(4);

        assertThat(cacheGets("room-type-occupancy", "miss")).isEqualTo(misses + 1);
        assertThat(cacheGets("room-type-occupancy", "hit")).isEqualTo(hits + 2);
        assertThat(staleness("room-type-occupancy").count()).isEqualTo(answers + 3);
        assertThat(staleness("room-type-occupancy").max(TimeUnit.SECONDS)).as("within the cache's 60 s expiry")
                .isLessThanOrEqualTo(60.0);
        assertThat(registry.find(CacheStaleness.NAME).tag("cache", "hotel-time-zone").timer())
                .as("a hotel's time zone never changes: no staleness to report").isNull();
    }

    @Test
    void prometheusScrapesTheCacheMetersOfBothCaches() throws Exception {
        hotels.timeZone(HOTEL);
        hotels.maxOccupancy(HOTEL, ROOM_TYPE);
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.body())
                .containsPattern("cache_gets_total\\{[^}]*cache=\"hotel-time-zone\"")
                .containsPattern("cache_gets_total\\{[^}]*cache=\"room-type-occupancy\"")
                .containsPattern("staygrid_cache_staleness_seconds_bucket\\{[^}]*cache=\"room-type-occupancy\"[^}]*le=\"60\\.0\"");
    }

    private double cacheGets(String cache, String result) {
        FunctionCounter counter = registry.find("cache.gets").tags("cache", cache, "result", result).functionCounter();
        return counter == null ? 0 : counter.count();
    }

    private Timer staleness(String cache) {
        return registry.get(CacheStaleness.NAME).tag("cache", cache).timer();
    }

    private double attempts(String outcome, String reason) {
        Counter counter = registry.find("staygrid.booking.attempts").tags("outcome", outcome, "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private long steps(String step, String outcome) {
        Timer timer = registry.find("staygrid.saga.step.duration").tags("step", step, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
