package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.staygrid.edge.TestTokens;
import io.staygrid.edge.standin.StandIns;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StandIns.class)
class ReservationEndpointsTest {

    static Map<String, Object> quote(long hotel) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("hotelID", hotel, "roomTypeID", 10, "startDate", "2027-04-28", "endDate", "2027-04-30"))
                .post("/v1/quotes").then().statusCode(200).extract().jsonPath().getMap("");
    }

    static Map<String, Object> booking(long hotel) {
        Map<String, Object> quote = quote(hotel);
        Map<String, Object> body = new HashMap<>(Map.of("reservationID", quote.get("reservationID"), "hotelID", hotel,
                "roomTypeID", 10, "startDate", "2027-04-28", "endDate", "2027-04-30", "rooms", 1, "guests", 2,
                "quoteID", quote.get("quoteID"), "paymentToken", "tok_approve"));
        return body;
    }

    static String book(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/v1/reservations").then()
                .statusCode(201).extract().path("reservationID");
    }

    @Test
    void aQuoteHandsOutAReservationIdAndAnExactPrice() {
        given().contentType(ContentType.JSON)
                .body(Map.of("hotelID", 1, "roomTypeID", 10, "startDate", "2027-04-28", "endDate", "2027-04-29"))
                .post("/v1/quotes").then().statusCode(200).body("reservationID", not(emptyOrNullString()))
                .body("quoteID", not(emptyOrNullString())).body("total.amount", equalTo("129.50"))
                .body("total.currency", equalTo("EUR")).body("nights[0].date", equalTo("2027-04-28"))
                .body("quoteExpireTime", not(emptyOrNullString()));
    }

    @Test
    void aQuoteForARoomTypeWithoutPriceIsAConflictWithTheServiceReason() {
        given().contentType(ContentType.JSON)
                .body(Map.of("hotelID", 1, "roomTypeID", 404, "startDate", "2027-04-28", "endDate", "2027-04-29"))
                .post("/v1/quotes").then().statusCode(409).contentType("application/problem+json")
                .body("reason", equalTo("BASE_RATE_NOT_SET")).body("domain", equalTo("reservation.staygrid.io"));
    }

    @Test
    void bookingIs201AndTheSameRequestAgainIs200WithTheSameReservation() {
        String guest = TestTokens.guest("bea");
        Map<String, Object> body = booking(1);
        given().auth().oauth2(guest).contentType(ContentType.JSON).body(body).post("/v1/reservations").then()
                .statusCode(201).body("status", equalTo("PAID")).body("guestID", equalTo("bea"))
                .body("amount.amount", equalTo("259.00")).body("bookedBy.kind", equalTo("GUEST"));
        given().auth().oauth2(guest).contentType(ContentType.JSON).body(body).post("/v1/reservations").then()
                .statusCode(200).body("reservationID", equalTo(body.get("reservationID")));
    }

    @Test
    void theSameReservationIdWithADifferentBodyIs409() {
        String guest = TestTokens.guest("carl");
        Map<String, Object> body = booking(1);
        book(guest, body);
        body.put("rooms", 2);
        given().auth().oauth2(guest).contentType(ContentType.JSON).body(body).post("/v1/reservations").then()
                .statusCode(409).contentType("application/problem+json")
                .body("reason", equalTo("RESERVATION_ID_CONFLICT"))
                .body("metadata.reservation_id", equalTo(body.get("reservationID")));
    }

    @Test
    void bookingNeedsAToken() {
        given().contentType(ContentType.JSON).body(booking(1)).post("/v1/reservations").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void guestsSeeOnlyTheirOwnReservationsPaged() {
        String dora = TestTokens.guest("dora");
        for (int i = 0; i < 3; i++) {
            book(dora, booking(1));
        }
        book(TestTokens.guest("eve"), booking(1));
        String next = given().auth().oauth2(dora).queryParam("pageSize", 2).get("/v1/reservations").then()
                .statusCode(200).body("reservations", hasSize(2)).body("reservations.guestID", org.hamcrest.Matchers.everyItem(equalTo("dora")))
                .body("nextPageToken", not(emptyOrNullString())).extract().path("nextPageToken");
        given().auth().oauth2(dora).queryParam("pageSize", 2).queryParam("pageToken", next).get("/v1/reservations")
                .then().statusCode(200).body("reservations", hasSize(1)).body("nextPageToken", emptyOrNullString());
    }

    @Test
    void someoneElsesReservationIsIndistinguishableFromAMissingOne() {
        String owner = TestTokens.guest("fay");
        String other = TestTokens.guest("gil");
        String id = book(owner, booking(1));
        given().auth().oauth2(owner).get("/v1/reservations/" + id).then().statusCode(200).body("reservationID", equalTo(id));
        String missing = UUID.randomUUID().toString();
        String notMine = given().auth().oauth2(other).get("/v1/reservations/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("reason", equalTo("RESERVATION_NOT_FOUND"))
                .extract().asString();
        String absent = given().auth().oauth2(other).get("/v1/reservations/" + missing).then().statusCode(404)
                .extract().asString();
        // Every problem names its own request's trace (a random id that says nothing about the reservation).
        assertThat(withoutTraceId(notMine).replace(id, "ID")).isEqualTo(withoutTraceId(absent).replace(missing, "ID"));
        given().auth().oauth2(other).delete("/v1/reservations/" + id).then().statusCode(404)
                .body("reason", equalTo("RESERVATION_NOT_FOUND"));
        given().auth().oauth2(owner).get("/v1/reservations/" + id).then().statusCode(200).body("status", equalTo("PAID"));
    }

    @Test
    void theOwnerCancelsAndGetsTheRefund() {
        String owner = TestTokens.guest("hal");
        String id = book(owner, booking(1));
        given().auth().oauth2(owner).delete("/v1/reservations/" + id).then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refundedAmount.amount", equalTo("259.00"));
    }

    @Test
    void staffSeeTheirHotelsReservationsAndBookOnBehalfOfAGuest() {
        String staff = TestTokens.staff("sid", 77L);
        Map<String, Object> body = booking(77);
        body.remove("hotelID");
        body.put("guestID", "ivy");
        String id = given().auth().oauth2(staff).contentType(ContentType.JSON).body(body)
                .post("/v1/hotels/77/reservations").then().statusCode(201).body("guestID", equalTo("ivy"))
                .body("bookedBy.kind", equalTo("STAFF")).body("bookedBy.actorID", equalTo("sid"))
                .extract().path("reservationID");
        given().auth().oauth2(staff).queryParam("status", "PAID").queryParam("arrivalStartDate", "2027-01-01")
                .get("/v1/hotels/77/reservations").then().statusCode(200)
                .body("reservations.reservationID", org.hamcrest.Matchers.hasItem(id));
        given().auth().oauth2(staff).get("/v1/hotels/77/reservations/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.guest("ivy")).get("/v1/reservations/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.staff("sid", 78L)).get("/v1/hotels/77/reservations/" + id).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.staff("sid", 78L)).get("/v1/hotels/78/reservations/" + id).then()
                .statusCode(404).body("reason", equalTo("RESERVATION_NOT_FOUND"));
        given().auth().oauth2(staff).queryParam("status", "SOLD").get("/v1/hotels/77/reservations").then()
                .statusCode(400).body("metadata.field", equalTo("status"));
    }

    private static String withoutTraceId(String problem) {
        assertThat(problem).containsPattern("\"traceId\":\"[0-9a-f]{32}\"");
        return problem.replaceAll("\"traceId\":\"[0-9a-f]{32}\"", "\"traceId\":\"T\"");
    }
}
