package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.staygrid.edge.TestTokens;
import io.staygrid.edge.standin.StandIns;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each boundary: anonymous, bad tokens, guests on staff endpoints, staff outside their hotels, admins. */
@QuarkusTest
@WithTestResource(StandIns.class)
class AuthorizationTest {

    static final Map<String, Object> ROOM_TYPE = Map.of("name", "Twin", "maxOccupancy", 2,
            "bedConfiguration", java.util.List.of(Map.of("bedType", "SINGLE", "count", 2)));

    @Test
    void catalogReadsArePublic() {
        long hotel = HotelEndpointsTest.createHotel(TestTokens.admin("root"), "Public", "Rome");
        given().get("/v1/hotels/" + hotel).then().statusCode(200);
        given().get("/v1/hotels/" + hotel + "/room-types").then().statusCode(200);
    }

    @Test
    void catalogWritesWithoutATokenAre401Problems() {
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).post("/v1/hotels").then().statusCode(401)
                .contentType("application/problem+json").body("reason", equalTo("UNAUTHENTICATED"))
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aTokenSignedWithAnotherKeyOrIssuerIsRefused() {
        given().auth().oauth2(TestTokens.withIssuer("mallory", "https://evil.example")).get("/v1/reservations").then()
                .statusCode(401).contentType("application/problem+json").body("reason", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2("not.a.jwt").get("/v1/reservations").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void guestsCannotWriteTheCatalog() {
        given().auth().oauth2(TestTokens.guest("gina")).contentType(ContentType.JSON).body(Map.of("name", "x"))
                .post("/v1/hotels").then().statusCode(403).contentType("application/problem+json")
                .body("reason", equalTo("PERMISSION_DENIED"));
    }

    @Test
    void staffManageOnlyTheirOwnHotels() {
        String admin = TestTokens.admin("root");
        long mine = HotelEndpointsTest.createHotel(admin, "Mine", "Oslo");
        long theirs = HotelEndpointsTest.createHotel(admin, "Theirs", "Oslo");
        String staff = TestTokens.staff("stan", mine);
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(ROOM_TYPE)
                .post("/v1/hotels/" + mine + "/room-types").then().statusCode(201);
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(ROOM_TYPE)
                .post("/v1/hotels/" + theirs + "/room-types").then().statusCode(403)
                .contentType("application/problem+json").body("reason", equalTo("HOTEL_NOT_IN_SCOPE"))
                .body("metadata.hotel_id", equalTo(Long.toString(theirs)));
        given().auth().oauth2(staff).delete("/v1/hotels/" + theirs).then().statusCode(403);
        given().auth().oauth2(staff).get("/v1/hotels/" + theirs + "/reservations").then().statusCode(403)
                .body("reason", equalTo("HOTEL_NOT_IN_SCOPE"));
        given().auth().oauth2(staff).get("/v1/hotels/" + theirs + "/overbooking-policy").then().statusCode(403);
        given().auth().oauth2(staff).get("/v1/hotels/" + mine + "/overbooking-policy").then().statusCode(200)
                .body("overbookingPercent", equalTo(10)).body("isDefault", equalTo(true));
    }

    @Test
    void onlyAdminsCreateHotels() {
        long mine = HotelEndpointsTest.createHotel(TestTokens.admin("root"), "Staffed", "Oslo");
        given().auth().oauth2(TestTokens.staff("stan", mine)).contentType(ContentType.JSON)
                .body(Map.of("name", "Not yours", "city", "Oslo", "countryCode", "NO", "timeZone", "Europe/Oslo",
                        "currencyCode", "NOK", "starRating", 3))
                .post("/v1/hotels").then().statusCode(403).contentType("application/problem+json")
                .body("reason", equalTo("PERMISSION_DENIED"));
    }

    @Test
    void zeroAndNegativeHotelIdsInTheClaimGrantNothing() {
        long mine = HotelEndpointsTest.createHotel(TestTokens.admin("root"), "Claimed", "Oslo");
        String staff = TestTokens.staff("stan", 0L, -1L, -mine, mine);
        given().auth().oauth2(staff).get("/v1/hotels/" + mine + "/overbooking-policy").then().statusCode(200);
        given().auth().oauth2(TestTokens.staff("zero", 0L)).get("/v1/hotels/" + mine + "/overbooking-policy").then()
                .statusCode(403).body("reason", equalTo("HOTEL_NOT_IN_SCOPE"));
    }

    @Test
    void adminsManageEveryHotel() {
        long hotel = HotelEndpointsTest.createHotel(TestTokens.admin("root"), "Any", "Bern");
        given().auth().oauth2(TestTokens.admin("ada")).contentType(ContentType.JSON).body(ROOM_TYPE)
                .post("/v1/hotels/" + hotel + "/room-types").then().statusCode(201);
    }

    @Test
    void policiesArePublicToReadAndStaffOnlyToChange() {
        long hotel = HotelEndpointsTest.createHotel(TestTokens.admin("root"), "Policy", "Wien");
        given().get("/v1/hotels/" + hotel + "/cancellation-policy").then().statusCode(200)
                .body("freeCancellationDays", equalTo(3));
        given().auth().oauth2(TestTokens.guest("gus")).contentType(ContentType.JSON)
                .body(Map.of("freeCancellationDays", 7, "penaltyNights", 2))
                .put("/v1/hotels/" + hotel + "/cancellation-policy").then().statusCode(403);
        given().auth().oauth2(TestTokens.staff("sue", hotel)).contentType(ContentType.JSON)
                .body(Map.of("freeCancellationDays", 7, "penaltyNights", 2))
                .put("/v1/hotels/" + hotel + "/cancellation-policy").then().statusCode(200)
                .body("freeCancellationDays", equalTo(7)).body("hotelTimeZone", equalTo("Europe/Paris"));
        given().auth().oauth2(TestTokens.guest("gus")).contentType(ContentType.JSON)
                .body(Map.of("overbookingPercent", 5)).put("/v1/hotels/" + hotel + "/overbooking-policy").then()
                .statusCode(403);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /base-rates",
            "PUT, /room-types/1/base-rate",
            "DELETE, /room-types/1/base-rate",
            "GET, /rate-overrides",
            "POST, /rate-overrides",
            "GET, /pricing-rule",
            "PUT, /pricing-rule",
            "GET, /outages",
            "POST, /rooms/1/outages",
            "DELETE, /rooms/1/outages/1",
            "GET, /inventory?startDate=2027-05-01&endDate=2027-05-03",
            "GET, /overbooked-nights",
            "PUT, /overbooking-policy",
            "POST, /reservations",
            "GET, /reservations/0b6f8f5e-5f55-4b55-9d5e-4f0c1c7a1a11",
            "DELETE, /reservations/0b6f8f5e-5f55-4b55-9d5e-4f0c1c7a1a11",
            "PUT, /cancellation-policy" })
    void staffOfAnotherHotelAreRefusedOnEveryHotelScopedEndpoint(String method, String path) {
        String admin = TestTokens.admin("root");
        long mine = HotelEndpointsTest.createHotel(admin, "Mine", "Oslo");
        long theirs = HotelEndpointsTest.createHotel(admin, "Theirs", "Oslo");
        given().auth().oauth2(TestTokens.staff("stan", mine)).contentType(ContentType.JSON).body("{}")
                .request(method, "/v1/hotels/" + theirs + path).then().statusCode(403)
                .contentType("application/problem+json").body("reason", equalTo("HOTEL_NOT_IN_SCOPE"))
                .body("metadata.hotel_id", equalTo(Long.toString(theirs)));
    }

    @Test
    void onlyAdminsMayForceDeleteAHotel() {
        String admin = TestTokens.admin("root");
        long hotel = HotelEndpointsTest.createHotel(admin, "Forced", "Lyon");
        given().auth().oauth2(TestTokens.staff("stan", hotel)).delete("/v1/hotels/" + hotel + "?force=true").then()
                .statusCode(403).contentType("application/problem+json").body("reason", equalTo("PERMISSION_DENIED"));
        given().auth().oauth2(admin).get("/v1/hotels/" + hotel).then().statusCode(200);
        given().auth().oauth2(admin).delete("/v1/hotels/" + hotel + "?force=true").then().statusCode(204);
    }

    @Test
    void tokensForAnotherAudienceOrWithoutOneAreRefused() {
        given().auth().oauth2(TestTokens.guestForAudience("ann", "some-other-api")).get("/v1/reservations").then()
                .statusCode(401).contentType("application/problem+json").body("reason", equalTo("UNAUTHENTICATED"));
        given().auth().oauth2(TestTokens.guestForAudience("ann", null)).get("/v1/reservations").then()
                .statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.guestForAudience("ann", TestTokens.AUDIENCE)).get("/v1/reservations").then()
                .statusCode(200);
    }
}
