package io.staygrid.pricing.grpc;

import static io.staygrid.pricing.testing.Fixtures.assertRefused;
import static io.staygrid.pricing.testing.Fixtures.calendar;
import static io.staygrid.pricing.testing.Fixtures.date;
import static io.staygrid.pricing.testing.Fixtures.eur;
import static io.staygrid.pricing.testing.Fixtures.inDays;
import static io.staygrid.pricing.testing.Fixtures.minor;
import static io.staygrid.pricing.testing.Fixtures.newHotel;
import static io.staygrid.pricing.testing.Fixtures.setBaseRate;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.type.DayOfWeek;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.pricing.testing.FakeInventory;
import io.staygrid.pricing.testing.FakeInventoryResource;
import io.staygrid.pricing.v1.CalendarDay;
import io.staygrid.pricing.v1.CreateRateOverrideRequest;
import io.staygrid.pricing.v1.GetRateCalendarRequest;
import io.staygrid.pricing.v1.GetRateCalendarResponse;
import io.staygrid.pricing.v1.OccupancyTier;
import io.staygrid.pricing.v1.PricingRule;
import io.staygrid.pricing.v1.PricingServiceGrpc.PricingServiceBlockingStub;
import io.staygrid.pricing.v1.RateOverride;
import io.staygrid.pricing.v1.RoomTypeCalendar;
import io.staygrid.pricing.v1.UpdatePricingRuleRequest;
import io.staygrid.testing.PostgresResource;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FakeInventoryResource.class, restrictToAnnotatedClass = true)
class RateCalendarTest {

    @GrpcClient("self")
    PricingServiceBlockingStub pricing;

    FakeInventory inventory;

    private static List<Long> pricesInCents(RoomTypeCalendar calendar) {
        return calendar.getDaysList().stream().map(d -> minor(d.getNightlyPrice(), 2)).toList();
    }

    @Test
    void priceStepsUpAtEachTierBoundaryAndOnlyOnTheDateThatFilled() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 20);
        setBaseRate(pricing, hotel, 1, eur(100));
        LocalDate start = inDays(10);
        LocalDate filling = start.plusDays(2);
        long[] expectedByReserved = new long[22];
        for (int reserved = 0; reserved <= 21; reserved++) {
            expectedByReserved[reserved] = reserved < 10 ? 10_000 : reserved < 14 ? 11_000 : reserved < 17 ? 12_500
                    : reserved <= 20 ? 15_000 : 17_500;
        }
        for (int reserved = 0; reserved <= 21; reserved++) {
            inventory.setReserved(hotel, 1, filling, reserved);
            RoomTypeCalendar calendar = calendar(pricing, hotel, 1, start, start.plusDays(5));
            assertThat(pricesInCents(calendar)).as("%d of 20 rooms booked on %s", reserved, filling)
                    .containsExactly(10_000L, 10_000L, expectedByReserved[reserved], 10_000L, 10_000L);
            CalendarDay day = calendar.getDays(2);
            assertThat(day.getTotalReserved()).isEqualTo(reserved);
            assertThat(day.getTotalInventory()).isEqualTo(20);
            assertThat(day.getOccupancyBasisPoints()).isEqualTo(reserved <= 20 ? reserved * 500 : 10_500);
            assertThat(day.getBaseRate()).isEqualTo(eur(100));
        }
    }

    @Test
    void eachDatePricesItsOwnOccupancyAtTheExactTierEdges() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 20);
        setBaseRate(pricing, hotel, 1, eur(80));
        LocalDate start = inDays(20);
        int[] reserved = {9, 10, 13, 14, 16, 17, 20, 21};
        for (int i = 0; i < reserved.length; i++) {
            inventory.setReserved(hotel, 1, start.plusDays(i), reserved[i]);
        }
        RoomTypeCalendar calendar = calendar(pricing, hotel, 1, start, start.plusDays(reserved.length));
        assertThat(calendar.getDaysList()).extracting(CalendarDay::getMultiplierBasisPoints)
                .containsExactly(10_000, 11_000, 11_000, 12_500, 12_500, 15_000, 15_000, 17_500);
        assertThat(pricesInCents(calendar)).containsExactly(8_000L, 8_800L, 8_800L, 10_000L, 10_000L, 12_000L, 12_000L, 14_000L);
    }

    @Test
    void oneInventoryCallCoversEveryRoomTypeAndTheWholeRange() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        inventory.addRoomType(hotel, 2, 10);
        setBaseRate(pricing, hotel, 2, eur(90));
        setBaseRate(pricing, hotel, 1, eur(100));
        LocalDate start = inDays(3);
        GetRateCalendarResponse response = pricing.getRateCalendar(GetRateCalendarRequest.newBuilder()
                .setHotelId(hotel).setStartDate(date(start)).setEndDate(date(start.plusDays(60))).build());

        assertThat(response.getRoomTypesList()).extracting(RoomTypeCalendar::getRoomTypeId).containsExactly(1L, 2L);
        assertThat(response.getRoomTypes(0).getDaysCount()).isEqualTo(60);
        assertThat(inventory.availabilityCalls(hotel)).hasSize(1)
                .allSatisfy(call -> {
                    assertThat(call.getRoomTypeId()).as("every room type of the hotel").isZero();
                    assertThat(call.getStartDate()).isEqualTo(date(start));
                    assertThat(call.getEndDate()).isEqualTo(date(start.plusDays(60)));
                });
        assertThat(inventory.occupancyCalls(hotel)).isEmpty();
    }

    @Test
    void overridesAndWeekdayPatternsSupplyTheBaseRateOfTheirDates() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        LocalDate monday = inDays(14).with(java.time.DayOfWeek.MONDAY).plusWeeks(1);
        RateOverride season = createOverride(hotel, 0, monday, monday.plusDays(14), List.of(), 120);
        RateOverride weekends = createOverride(hotel, 1, monday, monday.plusDays(14),
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 150);
        RateOverride gala = createOverride(hotel, 0, monday.plusDays(5), monday.plusDays(6), List.of(), 300);

        RoomTypeCalendar calendar = calendar(pricing, hotel, 1, monday.minusDays(1), monday.plusDays(8));
        assertThat(pricesInCents(calendar)).containsExactly(
                10_000L, 12_000L, 12_000L, 12_000L, 12_000L, 12_000L, 15_000L, 15_000L, 12_000L);
        assertThat(calendar.getDaysList()).extracting(CalendarDay::getRateOverrideId).containsExactly("",
                season.getRateOverrideId(), season.getRateOverrideId(), season.getRateOverrideId(),
                season.getRateOverrideId(), season.getRateOverrideId(), weekends.getRateOverrideId(),
                weekends.getRateOverrideId(), season.getRateOverrideId());
        assertThat(gala.getRateOverrideId()).isNotEmpty();
        // The gala (a single hotel-wide day) loses to the room type's own weekend pattern on Saturday.
    }

    @Test
    void aHotelsOwnTiersReplaceTheDefaults() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        pricing.updatePricingRule(UpdatePricingRuleRequest.newBuilder().setPricingRule(PricingRule.newBuilder()
                .setHotelId(hotel)
                .addTiers(OccupancyTier.newBuilder().setMinOccupancyBasisPoints(0).setMultiplierBasisPoints(9_000))
                .addTiers(OccupancyTier.newBuilder().setMinOccupancyBasisPoints(3_000).setMultiplierBasisPoints(20_000)))
                .build());
        LocalDate start = inDays(5);
        inventory.setReserved(hotel, 1, start.plusDays(1), 3);
        assertThat(pricesInCents(calendar(pricing, hotel, 1, start, start.plusDays(2)))).containsExactly(9_000L, 20_000L);
    }

    @Test
    void aNamedRoomTypeWithoutBaseRateIsBaseRateNotSetAndAnEmptyHotelHasAnEmptyCalendar() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        LocalDate start = inDays(5);
        assertRefused(() -> calendar(pricing, hotel, 1, start, start.plusDays(2)),
                Status.Code.FAILED_PRECONDITION, "BASE_RATE_NOT_SET");
        assertThat(pricing.getRateCalendar(GetRateCalendarRequest.newBuilder().setHotelId(hotel)
                .setStartDate(date(start)).setEndDate(date(start.plusDays(2))).build()).getRoomTypesList()).isEmpty();
        assertThat(inventory.availabilityCalls(hotel)).isEmpty();
    }

    @Test
    void aRoomTypeInventoryNoLongerKnowsIsRoomTypeNotFound() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        inventory.removeRoomType(hotel, 1);
        LocalDate start = inDays(5);
        assertRefused(() -> calendar(pricing, hotel, 1, start, start.plusDays(2)), Status.Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
    }

    @Test
    void badRangesAreInvalidStay() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        LocalDate start = inDays(5);
        assertRefused(() -> calendar(pricing, hotel, 1, start, start), Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertRefused(() -> calendar(pricing, hotel, 1, start, start.minusDays(1)), Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertRefused(() -> calendar(pricing, hotel, 1, start, start.plusDays(367)), Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertRefused(() -> calendar(pricing, hotel, 1, inDays(-3), start), Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertRefused(() -> calendar(pricing, hotel, 1, inDays(700), inDays(760)), Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertRefused(() -> calendar(pricing, hotel, -1, start, start.plusDays(1)), Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
    }

    private RateOverride createOverride(long hotel, long roomType, LocalDate start, LocalDate end, List<DayOfWeek> days,
                                        long euros) {
        return pricing.createRateOverride(CreateRateOverrideRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                .setRateOverride(RateOverride.newBuilder().setHotelId(hotel).setRoomTypeId(roomType).setName("o")
                        .setStartDate(date(start)).setEndDate(date(end)).addAllDaysOfWeek(days).setNightlyRate(eur(euros)))
                .build()).getRateOverride();
    }
}
