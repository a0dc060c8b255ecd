package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.edge.TestTokens;
import io.staygrid.edge.standin.InMemoryHotelService;
import io.staygrid.edge.standin.StandIns;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StandIns.class)
class AvailabilityTest {

    @Test
    void availabilityJoinsInventoryWithPricesPerNight() {
        given().get("/v1/hotels/5/availability?startDate=2027-04-28&endDate=2027-04-30&rooms=2").then().statusCode(200)
                .body("hotelID", equalTo(5)).body("rooms", equalTo(2)).body("roomTypes", hasSize(2))
                .body("roomTypes[0].roomTypeID", equalTo(10)).body("roomTypes[0].availableRooms", equalTo(3))
                .body("roomTypes[0].bookable", equalTo(true)).body("roomTypes[0].nights", hasSize(2))
                .body("roomTypes[0].nights[1].date", equalTo("2027-04-29"))
                .body("roomTypes[0].nights[0].price.amount", equalTo("129.50"))
                .body("roomTypes[1].bookable", equalTo(false)).body("roomTypes[1].nights[0].price", nullValue());
        assertThat(StandIns.inventory.lastAvailability.get().getValidateStay()).isTrue();
        assertThat(StandIns.inventory.lastAvailability.get().getRooms()).isEqualTo(2);
    }

    @Test
    void staffInventoryCalendarShowsTheCounts() {
        given().auth().oauth2(TestTokens.staff("inv", 5L)).get("/v1/hotels/5/inventory?startDate=2027-04-28&endDate=2027-04-29")
                .then().statusCode(200).body("roomTypes[0].nights[0].totalInventory", equalTo(5))
                .body("roomTypes[0].nights[0].sellLimit", equalTo(5));
        assertThat(StandIns.inventory.lastAvailability.get().getValidateStay()).isFalse();
    }

    @Test
    void aBackendThatNeverAnswersIs503TimeoutWithinTheDeadline() {
        Instant start = Instant.now();
        given().get("/v1/hotels/" + InMemoryHotelService.SILENT_HOTEL).then().statusCode(503)
                .contentType("application/problem+json").body("reason", equalTo("HOTEL_SERVICE_TIMEOUT"))
                .header("Retry-After", "1");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void anOperationTheBackendDoesNotImplementIs501NotA500() {
        given().auth().oauth2(TestTokens.admin("root")).get("/v1/hotels/5/pricing-rule").then().statusCode(501)
                .contentType("application/problem+json").body("reason", equalTo("NOT_IMPLEMENTED"));
    }
}
