package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.staygrid.edge.standin.StandIns;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The edge has no token minting endpoint in any profile (./run-local mints development tokens itself). */
@QuarkusTest
@WithTestResource(StandIns.class)
class DevTokenTest {

    @Test
    void theEdgeServesNoDevTokens() {
        given().contentType(ContentType.JSON).body(Map.of("subject", "me", "roles", java.util.List.of("admin")))
                .post("/dev/tokens").then().statusCode(404).contentType("application/problem+json")
                .body("reason", equalTo("NOT_FOUND"));
    }
}
