package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.staygrid.edge.TestTokens;
import io.staygrid.edge.standin.StandIns;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StandIns.class)
class HotelEndpointsTest {

    static final String ADMIN = TestTokens.admin("root");

    static long createHotel(String token, String name, String city) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "city", city, "countryCode", "FR", "timeZone", "Europe/Paris",
                        "currencyCode", "EUR", "starRating", 4, "addressLines", java.util.List.of("1 rue de la Paix")))
                .post("/v1/hotels").then().statusCode(201).extract().jsonPath().getLong("hotelID");
    }

    @Test
    void adminCreatesAHotelAndAnyoneReadsItWithTheBooksFieldNames() {
        long id = createHotel(ADMIN, "Le Grand", "Paris");
        given().get("/v1/hotels/" + id).then().statusCode(200).contentType(ContentType.JSON)
                .body("hotelID", equalTo((int) id)).body("name", equalTo("Le Grand"))
                .body("countryCode", equalTo("FR")).body("timeZone", equalTo("Europe/Paris"))
                .body("addressLines[0]", equalTo("1 rue de la Paix"));
    }

    @Test
    void createAnswers201WithLocationAndPassesTheIdempotencyKey() {
        String key = java.util.UUID.randomUUID().toString();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", "Keyed", "city", "Lyon", "countryCode", "FR", "timeZone", "Europe/Paris",
                        "currencyCode", "EUR", "starRating", 3))
                .post("/v1/hotels").then().statusCode(201).header("Location", startsWith("http"));
        assertThat(StandIns.hotel.lastHotelCreate.getRequestId()).isEqualTo(key);
    }

    @Test
    void unknownHotelIsA404ProblemCarryingTheServiceReason() {
        given().get("/v1/hotels/424242").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Not Found"))
                .body("reason", equalTo("HOTEL_NOT_FOUND")).body("domain", equalTo("hotel.staygrid.io"))
                .body("metadata.hotel_id", equalTo("424242"))
                .body("type", equalTo("https://staygrid.io/problems/hotel-not-found"))
                .body("instance", equalTo("/v1/hotels/424242"));
    }

    @Test
    void invalidFieldFromTheServiceIsA400ProblemNamingTheField() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "", "city", "Paris", "countryCode", "FR", "timeZone", "Europe/Paris",
                        "currencyCode", "EUR", "starRating", 4))
                .post("/v1/hotels").then().statusCode(400).contentType("application/problem+json")
                .body("reason", equalTo("INVALID_FIELD")).body("metadata.field", equalTo("hotel.name"));
    }

    @Test
    void putReplacesEveryUpdatableFieldThroughAFullUpdateMask() {
        long id = createHotel(ADMIN, "Old", "Paris");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "New", "city", "Paris", "starRating", 5, "addressLines", java.util.List.of("2 rue"),
                        "postalCode", "75001", "description", "nice"))
                .put("/v1/hotels/" + id).then().statusCode(200).body("name", equalTo("New")).body("starRating", equalTo(5));
        assertThat(StandIns.hotel.lastHotelUpdate.getUpdateMask().getPathsList())
                .containsExactly("name", "address_lines", "city", "postal_code", "star_rating", "description");
    }

    @Test
    void patchUpdatesOnlyTheFieldsPresent() {
        long id = createHotel(ADMIN, "Patchable", "Paris");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("description", "with a view"))
                .patch("/v1/hotels/" + id).then().statusCode(200).body("description", equalTo("with a view"))
                .body("name", equalTo("Patchable"));
        assertThat(StandIns.hotel.lastHotelUpdate.getUpdateMask().getPathsList()).containsExactly("description");
    }

    @Test
    void putRefusesFieldsFixedAtCreation() {
        long id = createHotel(ADMIN, "Fixed", "Paris");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "x", "currencyCode", "USD"))
                .put("/v1/hotels/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("reason", equalTo("UNKNOWN_FIELD")).body("metadata.field", equalTo("currencyCode"));
    }

    @Test
    void listIsPagedWithNextPageToken() {
        for (int i = 0; i < 3; i++) {
            createHotel(ADMIN, "Paged " + i, "Pagetown");
        }
        String token = given().queryParam("city", "Pagetown").queryParam("pageSize", 2).get("/v1/hotels")
                .then().statusCode(200).body("hotels", hasSize(2)).body("nextPageToken", not(emptyOrNullString()))
                .extract().path("nextPageToken");
        given().queryParam("city", "Pagetown").queryParam("pageSize", 2).queryParam("pageToken", token)
                .get("/v1/hotels").then().statusCode(200).body("hotels", hasSize(1))
                .body("nextPageToken", emptyOrNullString());
    }

    @Test
    void roomTypesAndRoomsRoundTripAndDeleteRulesAreConflicts() {
        long hotel = createHotel(ADMIN, "Rooms", "Nice");
        String staff = TestTokens.staff("sam", hotel);
        long type = given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("name", "Deluxe", "maxOccupancy", 2, "amenities", java.util.List.of("wifi"),
                        "bedConfiguration", java.util.List.of(Map.of("bedType", "KING", "count", 1))))
                .post("/v1/hotels/" + hotel + "/room-types").then().statusCode(201)
                .body("bedConfiguration[0].bedType", equalTo("KING")).extract().jsonPath().getLong("roomTypeID");
        long room = given().auth().oauth2(staff).contentType(ContentType.JSON)
                .body(Map.of("number", "101", "floor", 1, "roomTypeID", type))
                .post("/v1/hotels/" + hotel + "/rooms").then().statusCode(201).body("status", equalTo("IN_SERVICE"))
                .extract().jsonPath().getLong("roomID");
        given().get("/v1/hotels/" + hotel + "/rooms/" + room).then().statusCode(200).body("number", equalTo("101"))
                .body("roomTypeID", equalTo((int) type));
        given().get("/v1/hotels/" + hotel + "/room-types").then().statusCode(200).body("roomTypes", hasSize(1));
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("number", "101", "roomTypeID", type))
                .post("/v1/hotels/" + hotel + "/rooms").then().statusCode(409).body("reason", equalTo("ROOM_NUMBER_TAKEN"));
        given().auth().oauth2(staff).delete("/v1/hotels/" + hotel + "/room-types/" + type).then().statusCode(409)
                .contentType("application/problem+json").body("reason", equalTo("ROOM_TYPE_HAS_ROOMS"))
                .body("metadata.rooms", equalTo("1"));
        given().auth().oauth2(staff).contentType(ContentType.JSON).body(Map.of("status", "OUT_OF_SERVICE"))
                .patch("/v1/hotels/" + hotel + "/rooms/" + room + "?force=true").then().statusCode(200)
                .body("status", equalTo("OUT_OF_SERVICE"));
        assertThat(StandIns.hotel.lastRoomUpdate.getForce()).isTrue();
        assertThat(StandIns.hotel.lastRoomUpdate.getUpdateMask().getPathsList()).containsExactly("status");
        given().auth().oauth2(staff).delete("/v1/hotels/" + hotel + "/rooms/" + room).then().statusCode(204);
        given().auth().oauth2(staff).delete("/v1/hotels/" + hotel + "/room-types/" + type).then().statusCode(204);
        given().get("/v1/hotels/" + hotel + "/rooms/" + room).then().statusCode(404).body("reason", equalTo("ROOM_NOT_FOUND"));
    }
}
