package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.staygrid.edge.TestTokens;
import io.staygrid.edge.standin.StoppedStandIns;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every backend has been stopped: the API answers 503 problems naming the service, quickly, never hangs. */
@QuarkusTest
@TestProfile(DownstreamDownTest.BackendsDown.class)
class DownstreamDownTest {

    public static class BackendsDown implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StoppedStandIns.class));
        }
    }

    @Test
    void hotelServiceDownIs503WithReasonAndRetryAfter() {
        Instant start = Instant.now();
        given().get("/v1/hotels/1").then().statusCode(503).contentType("application/problem+json")
                .body("reason", equalTo("HOTEL_SERVICE_UNAVAILABLE")).body("metadata.service", equalTo("hotel service"))
                .header("Retry-After", "1");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void reservationServiceDownIs503ForBookings() {
        given().auth().oauth2(TestTokens.guest("zed")).contentType(ContentType.JSON)
                .body(Map.of("reservationID", "3f2b9d3c-0d6e-4a59-9d55-0e3f0c7a1b11", "hotelID", 1, "roomTypeID", 1,
                        "startDate", "2027-04-28", "endDate", "2027-04-30", "quoteID", "q", "paymentToken", "tok"))
                .post("/v1/reservations").then().statusCode(503).contentType("application/problem+json")
                .body("reason", equalTo("RESERVATION_SERVICE_UNAVAILABLE"));
    }

    @Test
    void inventoryDownIs503ForAvailability() {
        given().get("/v1/hotels/1/availability?startDate=2027-04-28&endDate=2027-04-30").then().statusCode(503)
                .body("reason", equalTo("INVENTORY_SERVICE_UNAVAILABLE"));
    }
}
