package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.staygrid.edge.standin.StandIns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the dev/local settings, POST /dev/tokens mints a token the API accepts, and the sign-in page uses it. */
@QuarkusTest
@TestProfile(DevTokenEnabledTest.LocalLike.class)
class DevTokenEnabledTest {

    public static class LocalLike implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("staygrid.edge.dev-tokens.enabled", "true",
                    "mp.jwt.verify.issuer", "https://dev.staygrid.local",
                    "mp.jwt.verify.audiences", "staygrid-api",
                    "mp.jwt.verify.publickey.location", "dev-keys/public.pem",
                    "smallrye.jwt.sign.key.location", "dev-keys/private.pem");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandIns.class));
        }
    }

    @Test
    void aMintedStaffTokenManagesItsHotel() {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("subject", "dev-staff", "roles", List.of("staff"), "hotels", List.of(3)))
                .post("/dev/tokens").then().statusCode(200).body("tokenType", equalTo("Bearer"))
                .extract().path("token");
        given().auth().oauth2(token).get("/v1/hotels/3/overbooking-policy").then().statusCode(200);
        given().auth().oauth2(token).get("/v1/hotels/4/overbooking-policy").then().statusCode(403);
    }

    @Test
    void theSignInPageIsTheDevelopmentForm() {
        given().get("/sign-in").then().statusCode(200)
                .body(containsString("data-sign-in=\"dev-token\""))
                .body(containsString("<label for=\"subject\">Your name</label>"))
                .body(not(containsString("href=\"/sign-in/oidc\"")));
        given().accept("text/html").get("/sign-in/oidc").then().statusCode(404);
    }
}
