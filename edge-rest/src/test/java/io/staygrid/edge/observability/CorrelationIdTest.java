package io.staygrid.edge.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.staygrid.edge.TestTokens;
import io.staygrid.edge.standin.StandIns;
import org.junit.jupiter.api.Test;

/**
 * With tracing off (the default), every request still gets a correlation id: in the X-Trace-Id header and in
 * the traceId of every problem+json body, fresh for each request. And the edge serves its metrics.
 */
@QuarkusTest
@WithTestResource(StandIns.class)
class CorrelationIdTest {

    private static final String TRACE_ID = "[0-9a-f]{32}";

    @Test
    void everyProblemNamesTheCorrelationIdOfItsRequest() {
        Response invalid = given().auth().oauth2(TestTokens.admin("root")).contentType(ContentType.JSON)
                .body("{\"name\": \"x\",").post("/v1/hotels");
        invalid.then().statusCode(400).contentType("application/problem+json")
                .header(CorrelationFilter.HEADER, matchesPattern(TRACE_ID))
                .body("traceId", matchesPattern(TRACE_ID));
        assertThat(invalid.jsonPath().getString("traceId")).isEqualTo(invalid.header(CorrelationFilter.HEADER));

        Response anonymous = given().get("/v1/reservations");
        anonymous.then().statusCode(401).body("traceId", matchesPattern(TRACE_ID));
        assertThat(anonymous.jsonPath().getString("traceId")).isNotEqualTo(invalid.jsonPath().getString("traceId"))
                .isEqualTo(anonymous.header(CorrelationFilter.HEADER));
    }

    @Test
    void successfulAnswersCarryTheIdToo() {
        given().get("/q/openapi").then().statusCode(200).header(CorrelationFilter.HEADER, matchesPattern(TRACE_ID));
    }

    @Test
    void metricsArePrometheusTextWithRoutesAndTheServiceName() {
        given().get("/v1/hotels/1");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("application=\"edge-rest\""))
                .body(containsString("uri=\"/v1/hotels/{hotelID}\""));
    }
}
