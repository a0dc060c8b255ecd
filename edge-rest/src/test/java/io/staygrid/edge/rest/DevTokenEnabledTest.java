package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.staygrid.edge.standin.StandIns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * As ./run-local starts the edge (a minter URL configured): the sign-in page is the development form and gets its
 * token from the minter, whose origin the page's connect-src allows; the edge itself still mints nothing.
 */
@QuarkusTest
@TestProfile(DevTokenEnabledTest.LocalLike.class)
class DevTokenEnabledTest {

    public static class LocalLike implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("staygrid.edge.dev-tokens.mint-url", "http://localhost:8079/dev/tokens");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandIns.class));
        }
    }

    @Test
    void theSignInPageIsTheDevelopmentFormPostingToTheMinter() {
        given().get("/sign-in").then().statusCode(200)
                .body(containsString("data-sign-in=\"dev-token\""))
                .body(containsString("data-mint-url=\"http://localhost:8079/dev/tokens\""))
                .body(containsString("<label for=\"subject\">Your name</label>"))
                .body(not(containsString("href=\"/sign-in/oidc\"")))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8079;"));
        given().accept("text/html").get("/sign-in/oidc").then().statusCode(404);
    }

    @Test
    void theEdgeHasNoMintEndpointEvenThen() {
        given().contentType(ContentType.JSON).body(Map.of("subject", "x", "roles", List.of("admin")))
                .post("/dev/tokens").then().statusCode(404);
    }
}
