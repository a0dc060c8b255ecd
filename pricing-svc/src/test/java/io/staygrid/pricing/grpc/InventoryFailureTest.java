package io.staygrid.pricing.grpc;

import static io.staygrid.pricing.testing.Fixtures.assertRefused;
import static io.staygrid.pricing.testing.Fixtures.calendar;
import static io.staygrid.pricing.testing.Fixtures.eur;
import static io.staygrid.pricing.testing.Fixtures.inDays;
import static io.staygrid.pricing.testing.Fixtures.newHotel;
import static io.staygrid.pricing.testing.Fixtures.setBaseRate;
import static io.staygrid.pricing.testing.Fixtures.stay;
import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.pricing.testing.FakeInventory;
import io.staygrid.pricing.testing.FakeInventory.Mode;
import io.staygrid.pricing.testing.FakeInventoryResource;
import io.staygrid.pricing.testing.Rows;
import io.staygrid.pricing.v1.PricingServiceGrpc.PricingServiceBlockingStub;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FakeInventoryResource.class, restrictToAnnotatedClass = true)
class InventoryFailureTest {

    @GrpcClient("self")
    PricingServiceBlockingStub pricing;

    @Inject
    Rows rows;

    FakeInventory inventory;

    /** %test.staygrid.pricing.inventory-deadline. */
    private static final Duration DEADLINE = Duration.ofSeconds(2);

    @AfterEach
    void inventoryBackToNormal() {
        inventory.mode(Mode.NORMAL);
        inventory.latency(Duration.ZERO);
    }

    private long pricedHotel(int roomTypes) {
        long hotel = newHotel();
        for (int roomType = 1; roomType <= roomTypes; roomType++) {
            inventory.addRoomType(hotel, roomType, 10);
            setBaseRate(pricing, hotel, roomType, eur(100));
        }
        return hotel;
    }

    private long pricedHotel() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        inventory.addRoomType(hotel, 2, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        setBaseRate(pricing, hotel, 2, eur(100));
        return hotel;
    }

    @Test
    void inventoryThatNeverAnswersMeansUnavailableWithinTheDeadlineAndNoQuote() {
        long hotel = pricedHotel();
        inventory.mode(Mode.HANG);
        Instant before = Instant.now();
        assertRefused(() -> pricing.quoteStay(stay(hotel, 1, inDays(5), inDays(7)).build()),
                Status.Code.UNAVAILABLE, "INVENTORY_UNAVAILABLE");
        assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(6));
        assertThat(rows.count("quote", hotel)).isZero();
    }

    @Test
    void aCalendarOfFourRoomTypesIsOneCallUnderOneDeadlineAndReturnsNothingPartial() {
        long hotel = pricedHotel(4);
        inventory.mode(Mode.HANG);
        Instant before = Instant.now();
        assertRefused(() -> pricing.getRateCalendar(io.staygrid.pricing.v1.GetRateCalendarRequest.newBuilder()
                        .setHotelId(hotel).setStartDate(io.staygrid.pricing.testing.Fixtures.date(inDays(5)))
                        .setEndDate(io.staygrid.pricing.testing.Fixtures.date(inDays(9))).build()),
                Status.Code.UNAVAILABLE, "INVENTORY_UNAVAILABLE");
        // One call for the four room types, under one deadline (~2 s), never one per room type.
        assertThat(Duration.between(before, Instant.now())).isLessThan(DEADLINE.multipliedBy(3).dividedBy(2));
        assertThat(inventory.availabilityCalls(hotel)).hasSize(1);
    }

    @Test
    void aCalendarOfFiveRoomTypesIsAnsweredWithinOneDeadlineOnASlowInventory() {
        long hotel = pricedHotel(5);
        // Each answer takes 0.6 s: one call per room type, one after the other (3 s), would break the 2 s deadline.
        inventory.latency(Duration.ofMillis(600));
        var calendar = pricing.getRateCalendar(io.staygrid.pricing.v1.GetRateCalendarRequest.newBuilder()
                .setHotelId(hotel).setStartDate(io.staygrid.pricing.testing.Fixtures.date(inDays(5)))
                .setEndDate(io.staygrid.pricing.testing.Fixtures.date(inDays(9))).build());
        assertThat(calendar.getRoomTypesList()).extracting(c -> c.getRoomTypeId()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(calendar.getRoomTypesList()).allSatisfy(c -> assertThat(c.getDaysCount()).isEqualTo(4));
    }

    @Test
    void inventoryRefusingCallsMeansUnavailableForQuotesCalendarsAndRates() {
        long hotel = pricedHotel();
        inventory.mode(Mode.REFUSE);
        assertRefused(() -> pricing.quoteStay(stay(hotel, 1, inDays(5), inDays(7)).build()),
                Status.Code.UNAVAILABLE, "INVENTORY_UNAVAILABLE");
        assertRefused(() -> calendar(pricing, hotel, 2, inDays(5), inDays(7)),
                Status.Code.UNAVAILABLE, "INVENTORY_UNAVAILABLE");
        assertRefused(() -> setBaseRate(pricing, hotel, 1, eur(500)), Status.Code.UNAVAILABLE, "INVENTORY_UNAVAILABLE");
        assertThat(rows.count("quote", hotel)).isZero();

        inventory.mode(Mode.NORMAL);
        assertThat(pricing.quoteStay(stay(hotel, 1, inDays(5), inDays(7)).build()).getQuote().getTotal())
                .isEqualTo(eur(200));
    }
}
