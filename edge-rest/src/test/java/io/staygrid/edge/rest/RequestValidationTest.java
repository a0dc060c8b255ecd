package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.staygrid.edge.TestTokens;
import io.staygrid.edge.standin.StandIns;
import org.junit.jupiter.api.Test;

/** Bad input is a 400/413/414/431 problem+json with a stable reason, never a 500 or a stack trace. */
@QuarkusTest
@WithTestResource(StandIns.class)
class RequestValidationTest {

    static final String ADMIN = TestTokens.admin("root");
    static final String GUEST = TestTokens.guest("val-guest");
    static final String RESERVATION = "{\"reservationID\":\"3f2b9d3c-0d6e-4a59-9d55-0e3f0c7a1b11\",\"hotelID\":1,"
            + "\"roomTypeID\":10,\"startDate\":\"2027-04-28\",\"endDate\":\"2027-04-30\",\"quoteID\":\"q\",\"paymentToken\":\"tok_approve\"";

    private static io.restassured.response.ValidatableResponse post(String token, String path, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post(path).then()
                .contentType("application/problem+json").body("trace", equalTo(null))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void malformedJsonIsInvalidJson() {
        post(ADMIN, "/v1/hotels", "{\"name\": \"x\",").statusCode(400).body("reason", equalTo("INVALID_JSON"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsInvalidJson() {
        post(ADMIN, "/v1/hotels", "[1,2]").statusCode(400).body("reason", equalTo("INVALID_JSON"));
    }

    @Test
    void wrongTypeNamesTheField() {
        post(ADMIN, "/v1/hotels", "{\"name\":\"x\",\"starRating\":\"five\"}").statusCode(400)
                .body("reason", equalTo("INVALID_FIELD_TYPE")).body("metadata.field", equalTo("starRating"));
    }

    @Test
    void aFractionIsNotSilentlyTruncatedIntoAWholeNumber() {
        post(ADMIN, "/v1/hotels", "{\"name\":\"x\",\"starRating\":4.5}").statusCode(400)
                .body("metadata.field", equalTo("starRating"));
    }

    @Test
    void unknownFieldIsRefused() {
        post(ADMIN, "/v1/hotels", "{\"name\":\"x\",\"stars\":4}").statusCode(400)
                .body("reason", equalTo("UNKNOWN_FIELD")).body("metadata.field", equalTo("stars"));
    }

    @Test
    void anImpossibleDateIsInvalidDate() {
        post(GUEST, "/v1/reservations", RESERVATION.replace("2027-04-30", "2027-02-30") + "}").statusCode(400)
                .body("reason", equalTo("INVALID_DATE")).body("metadata.field", equalTo("endDate"));
    }

    @Test
    void aDateInAnotherFormatIsInvalidDate() {
        post(GUEST, "/v1/reservations", RESERVATION.replace("2027-04-28", "28/04/2027") + "}").statusCode(400)
                .body("reason", equalTo("INVALID_DATE")).body("metadata.field", equalTo("startDate"));
    }

    @Test
    void aBadDateInAQueryParameterIsA400NotA404() {
        given().get("/v1/hotels/1/availability?startDate=tomorrow&endDate=2027-04-30").then().statusCode(400)
                .contentType("application/problem+json").body("reason", equalTo("INVALID_DATE"))
                .body("metadata.field", equalTo("startDate"));
    }

    @Test
    void aDateOutsideTheYearsOneToNineThousandNineHundredNinetyNineIsInvalidDate() {
        for (String absurd : new String[] {"-999999999-01-01", "+10000-01-01", "0000-01-01"}) {
            given().get("/v1/hotels/1/availability?startDate=" + absurd + "&endDate=2027-04-30").then().statusCode(400)
                    .contentType("application/problem+json").body("reason", equalTo("INVALID_DATE"))
                    .body("metadata.field", equalTo("startDate"));
        }
    }

    @Test
    void aMissingRequiredQueryParameterIsNamed() {
        given().get("/v1/hotels/1/availability?startDate=2027-04-28").then().statusCode(400)
                .body("reason", equalTo("MISSING_PARAMETER")).body("metadata.field", equalTo("endDate"));
    }

    @Test
    void aBadPageSizeIsA400() {
        given().get("/v1/hotels?pageSize=lots").then().statusCode(400).contentType("application/problem+json")
                .body("reason", equalTo("INVALID_PARAMETER")).body("metadata.field", equalTo("pageSize"));
    }

    @Test
    void moneyAsAFloatIsRefused() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"nightlyRate\":{\"amount\":129.5,\"currency\":\"EUR\"}}")
                .put("/v1/hotels/1/room-types/10/base-rate").then().statusCode(400)
                .contentType("application/problem+json").body("metadata.field", equalTo("nightlyRate.amount"));
    }

    @Test
    void moneyWithAMalformedAmountIsInvalidMoney() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"nightlyRate\":{\"amount\":\"12,50\",\"currency\":\"EUR\"}}")
                .put("/v1/hotels/1/room-types/10/base-rate").then().statusCode(400)
                .body("reason", equalTo("INVALID_MONEY")).body("metadata.field", equalTo("nightlyRate.amount"));
    }

    @Test
    void moneyAsADecimalStringReachesTheServiceExactly() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"nightlyRate\":{\"amount\":\"129.50\",\"currency\":\"EUR\"}}")
                .put("/v1/hotels/1/room-types/10/base-rate").then().statusCode(200)
                .body("nightlyRate.amount", equalTo("129.50")).body("nightlyRate.currency", equalTo("EUR"));
    }

    @Test
    void anOversizedBodyIs413Problem() {
        String big = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(big).post("/v1/hotels").then()
                .statusCode(413).contentType("application/problem+json").body("reason", equalTo("BODY_TOO_LARGE"));
    }

    @Test
    void aUriPastTheLimitIs414ProblemWithoutEchoingIt() {
        given().auth().oauth2(GUEST).queryParam("city", "x".repeat(5000)).get("/v1/hotels").then()
                .statusCode(414).contentType("application/problem+json").body("reason", equalTo("URI_TOO_LONG"))
                .body("title", equalTo("URI Too Long")).body("metadata.max_length", equalTo("4096"))
                .body("instance", equalTo(null));
    }

    @Test
    void headersPastTheLimitAre431Problem() {
        given().auth().oauth2(GUEST).header("X-Filler", "y".repeat(20 * 1024)).get("/v1/hotels").then()
                .statusCode(431).contentType("application/problem+json").body("reason", equalTo("HEADERS_TOO_LARGE"))
                .body("title", equalTo("Request Header Fields Too Large"));
    }

    @Test
    void jsonNestedDeeperThanTheParserAllowsIsInvalidJsonNotAServerError() {
        // A PATCH body is read as a tree first, so the nesting is parsed (a typed body stops at the first bracket).
        String deep = "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(deep).patch("/v1/hotels/1").then()
                .statusCode(400).contentType("application/problem+json").body("reason", equalTo("INVALID_JSON"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void aMissingBodyIsMissingBody() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).post("/v1/hotels").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().get("/v1/nowhere").then().statusCode(404).contentType("application/problem+json")
                .body("reason", equalTo("NOT_FOUND"));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().auth().oauth2(ADMIN).delete("/v1/hotels").then().statusCode(405).contentType("application/problem+json")
                .body("reason", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aWrongContentTypeIsA415Problem() {
        given().auth().oauth2(ADMIN).contentType(ContentType.TEXT).body("name=x").post("/v1/hotels").then()
                .statusCode(415).contentType("application/problem+json").body("reason", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void textWithNulControlsLoneSurrogatesOrABomIsRefusedNamingTheField() {
        for (String bad : new String[] {"a\\u0000b", "a\\u001bb", "a\\ud800b", "\\ufeffHotel", "a\\uffffb"}) {
            post(ADMIN, "/v1/hotels", "{\"name\":\"" + bad + "\"}").statusCode(400)
                    .body("reason", equalTo("INVALID_FIELD_VALUE")).body("metadata.field", equalTo("name"));
        }
    }

    @Test
    void aQueryOrPathParameterWithANulIsRefusedBeforeAnyBackendIsAsked() {
        // Sent as written: RestAssured would otherwise encode the '%' itself.
        given().urlEncodingEnabled(false).get("/v1/hotels?city=Par%00is").then().statusCode(400).contentType("application/problem+json")
                .body("reason", equalTo("INVALID_PARAMETER")).body("metadata.parameter", equalTo("city"))
                .body("metadata.rule", equalTo("NUL"));
        given().urlEncodingEnabled(false).auth().oauth2(GUEST).get("/v1/reservations/ab%0Dcd").then().statusCode(400)
                .contentType("application/problem+json").body("reason", equalTo("INVALID_PARAMETER"))
                .body("metadata.parameter", equalTo("path")).body("metadata.rule", equalTo("CONTROL_CHARACTER"));
    }
}
