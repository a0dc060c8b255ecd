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
}
