package io.staygrid.edge.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.edge.standin.StandIns;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(StandIns.class)
class OpenApiTest {

    @Test
    void theDocumentDescribesEveryPublicEndpointWithProblemResponses() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/v1/hotels/{hotelID}"))
                .body("paths", hasKey("/v1/hotels/{hotelID}/rooms/{roomID}"))
                .body("paths", hasKey("/v1/hotels/{hotelID}/room-types/{roomTypeID}"))
                .body("paths", hasKey("/v1/hotels/{hotelID}/availability"))
                .body("paths", hasKey("/v1/quotes"))
                .body("paths", hasKey("/v1/reservations"))
                .body("paths", hasKey("/v1/reservations/{reservationID}"))
                .body("paths", hasKey("/v1/hotels/{hotelID}/reservations"))
                .body("paths", org.hamcrest.Matchers.not(hasKey("/dev/tokens")))
                .body("paths.'/v1/reservations'.post.responses", hasKey("201"))
                .body("paths.'/v1/reservations'.post.responses", hasKey("409"))
                .body("paths.'/v1/reservations'.post.responses", hasKey("401"))
                .body("components.schemas.Problem", notNullValue())
                .body("components.schemas.Hotel.properties", hasKey("hotelID"))
                .body("components.schemas.Money.properties.amount.type", containsString("string"))
                .body("components.securitySchemes", hasKey("bearer"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
