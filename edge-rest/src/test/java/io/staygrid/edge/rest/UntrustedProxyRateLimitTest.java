package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.staygrid.edge.standin.StandIns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Loopback is NOT a trusted proxy here (only 192.0.2.10 is), so the test client is an untrusted peer:
 * its X-Forwarded-For is ignored and it cannot pick a fresh bucket by inventing addresses.
 */
@QuarkusTest
@TestProfile(UntrustedProxyRateLimitTest.UntrustedLoopback.class)
class UntrustedProxyRateLimitTest {

    public static class UntrustedLoopback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("staygrid.edge.rate-limit.capacity", "5", "staygrid.edge.rate-limit.refill-tokens", "5",
                    "staygrid.edge.rate-limit.refill-period", "1m",
                    "quarkus.http.proxy.trusted-proxies", "192.0.2.10",
                    "%test.quarkus.http.proxy.trusted-proxies", "192.0.2.10");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandIns.class));
        }
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerDoesNotGetAFreshBucket() {
        int limited = 0;
        for (int i = 0; i < 8; i++) {
            int status = given().header("X-Forwarded-For", "203.0.113." + (i + 1)).get("/v1/hotels").statusCode();
            assertThat(status).isIn(200, 429);
            if (status == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(3);
        given().get("/v1/hotels").then().statusCode(429).body("reason", equalTo("RATE_LIMITED"));
    }
}
