package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.staygrid.edge.TestTokens;
import io.staygrid.edge.standin.StandIns;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Five requests per client per minute: a storm from one client is refused with 429 while another is still served. */
@QuarkusTest
@TestProfile(RateLimitTest.TightLimit.class)
class RateLimitTest {

    @Inject
    MeterRegistry registry;

    public static class TightLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("staygrid.edge.rate-limit.capacity", "5", "staygrid.edge.rate-limit.refill-tokens", "5",
                    "staygrid.edge.rate-limit.refill-period", "1m",
                    "staygrid.edge.rate-limit.quotes.capacity", "2", "staygrid.edge.rate-limit.quotes.refill-tokens", "2",
                    "staygrid.edge.rate-limit.quotes.refill-period", "1m");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandIns.class));
        }
    }

    @Test
    void aStormFromOneClientDoesNotStarveAnother() throws Exception {
        String noisy = TestTokens.guest("noisy");
        String quiet = TestTokens.guest("quiet");
        // Warm the backend channel with a third client so a cold-start deadline does not count as a storm answer.
        given().auth().oauth2(TestTokens.guest("warm-up")).get("/v1/reservations").then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> storm = IntStream.range(0, 40).mapToObj(i -> pool.submit(() ->
                    given().auth().oauth2(noisy).get("/v1/reservations").statusCode())).toList();
            long ok = 0;
            long limited = 0;
            for (Future<Integer> status : storm) {
                if (status.get() == 200) {
                    ok++;
                } else if (status.get() == 429) {
                    limited++;
                }
            }
            assertThat(ok).isEqualTo(5);
            assertThat(limited).isEqualTo(35);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(noisy).get("/v1/reservations").then().statusCode(429)
                .contentType("application/problem+json").body("reason", equalTo("RATE_LIMITED"))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        given().auth().oauth2(quiet).get("/v1/reservations").then().statusCode(200);
    }

    @Test
    void anonymousClientsAreLimitedByAddress() {
        assertThat(limitedOf(7, "198.51.100.1")).isEqualTo(2);
        given().auth().oauth2(TestTokens.guest("someone")).header("X-Forwarded-For", "198.51.100.1").get("/v1/hotels")
                .then().statusCode(200);
    }

    @Test
    void anonymousClientsBehindATrustedProxyGetOneBucketEach() {
        // The test client connects from loopback, which the test profile lists as a trusted proxy.
        assertThat(limitedOf(6, "198.51.100.21")).isEqualTo(1);
        assertThat(limitedOf(5, "198.51.100.22")).isZero();
        given().header("X-Forwarded-For", "198.51.100.22").get("/v1/hotels").then().statusCode(429)
                .body("reason", equalTo("RATE_LIMITED"));
    }

    @Test
    void aClientBehindAnAppendingLoadBalancerCannotPickAFreshBucketByWritingTheHeader() {
        // The balancer (loopback, trusted) appends the address it saw; what the client wrote is left of it.
        int limited = 0;
        for (int i = 0; i < 7; i++) {
            int status = given().header("X-Forwarded-For", "203.0.113." + (i + 1) + ", 198.51.100.41")
                    .get("/v1/hotels").statusCode();
            assertThat(status).isIn(200, 429);
            if (status == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(2);
        // Two trusted hops appended after the client (balancer, then an internal proxy): still the same client.
        given().header("X-Forwarded-For", "203.0.113.99, 198.51.100.41, 127.0.0.1").get("/v1/hotels").then()
                .statusCode(429).body("reason", equalTo("RATE_LIMITED"));
        assertThat(limitedOf(5, "198.51.100.42")).as("another client behind the same balancer").isZero();
    }

    @Test
    void quotesHaveATighterBucketThatRefusesBeforeAnythingIsWritten() {
        String guest = TestTokens.guest("quoter");
        int before = StandIns.reservation.prepares.get();
        for (int i = 0; i < 2; i++) {
            quote(guest).then().statusCode(200);
        }
        quote(guest).then().statusCode(429).contentType("application/problem+json")
                .body("reason", equalTo("RATE_LIMITED")).body("metadata.limit", equalTo("quotes"))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        assertThat(StandIns.reservation.prepares.get() - before).as("quotes that reached reservation-svc").isEqualTo(2);
        // The general bucket still has room: other calls of the same client go on.
        given().auth().oauth2(guest).get("/v1/reservations").then().statusCode(200);
    }

    private static io.restassured.response.Response quote(String token) {
        return given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("hotelID", 1, "roomTypeID", 10, "startDate", "2027-04-28", "endDate", "2027-04-29"))
                .post("/v1/quotes");
    }

    @Test
    void signedInClientsAreLimitedByTokenSubjectNotPrincipalName() {
        String first = TestTokens.guestWithUpn("subject-one", "shared-upn");
        String second = TestTokens.guestWithUpn("subject-two", "shared-upn");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(first).get("/v1/reservations").then().statusCode(200);
        }
        given().auth().oauth2(first).get("/v1/reservations").then().statusCode(429);
        given().auth().oauth2(second).get("/v1/reservations").then().statusCode(200);
    }

    @Test
    void theBucketsAreMeteredAsACacheANewClientAMissAKnownOneAHit() {
        double misses = bucketGets("miss");
        double hits = bucketGets("hit");

        assertThat(limitedOf(3, "198.51.100.31")).isZero();

        assertThat(bucketGets("miss")).isEqualTo(misses + 1);
        assertThat(bucketGets("hit")).isEqualTo(hits + 2);
        assertThat(registry.get("cache.size").tag("cache", "rate-limit-buckets").gauge().value()).isPositive();
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(scrape).containsPattern("cache_gets_total\\{[^}]*cache=\"rate-limit-buckets\"[^}]*result=\"miss\"")
                .containsPattern("cache_evictions_total\\{[^}]*cache=\"rate-limit-buckets\"");
    }

    private double bucketGets(String result) {
        FunctionCounter counter = registry.find("cache.gets").tags("cache", "rate-limit-buckets", "result", result)
                .functionCounter();
        return counter == null ? 0 : counter.count();
    }

    /** Sends {@code count} anonymous requests as if forwarded for {@code clientIp}; answers how many got 429. */
    static int limitedOf(int count, String clientIp) {
        int limited = 0;
        for (int i = 0; i < count; i++) {
            int status = given().header("X-Forwarded-For", clientIp).get("/v1/hotels").statusCode();
            assertThat(status).isIn(200, 429);
            if (status == 429) {
                limited++;
            }
        }
        return limited;
    }
}
