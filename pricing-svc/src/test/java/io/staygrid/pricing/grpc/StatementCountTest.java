package io.staygrid.pricing.grpc;

import static io.staygrid.pricing.testing.Fixtures.date;
import static io.staygrid.pricing.testing.Fixtures.eur;
import static io.staygrid.pricing.testing.Fixtures.inDays;
import static io.staygrid.pricing.testing.Fixtures.newHotel;
import static io.staygrid.pricing.testing.Fixtures.setBaseRate;
import static io.staygrid.pricing.testing.Fixtures.stay;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.pricing.testing.FakeInventory;
import io.staygrid.pricing.testing.FakeInventoryResource;
import io.staygrid.pricing.v1.CreateRateOverrideRequest;
import io.staygrid.pricing.v1.GetBaseRateRequest;
import io.staygrid.pricing.v1.GetPricingRuleRequest;
import io.staygrid.pricing.v1.GetQuoteRequest;
import io.staygrid.pricing.v1.GetRateCalendarRequest;
import io.staygrid.pricing.v1.GetRateOverrideRequest;
import io.staygrid.pricing.v1.ListBaseRatesRequest;
import io.staygrid.pricing.v1.ListRateOverridesRequest;
import io.staygrid.pricing.v1.ListRateOverridesResponse;
import io.staygrid.pricing.v1.OccupancyTier;
import io.staygrid.pricing.v1.PricingRule;
import io.staygrid.pricing.v1.PricingServiceGrpc.PricingServiceBlockingStub;
import io.staygrid.pricing.v1.Quote;
import io.staygrid.pricing.v1.RateOverride;
import io.staygrid.pricing.v1.UpdatePricingRuleRequest;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * No N+1: the statements (Hibernate's prepared-statement count) each read and list RPC costs do not grow with
 * the rows it returns, the nights it prices or the room types it covers.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FakeInventoryResource.class, restrictToAnnotatedClass = true)
class StatementCountTest {

    @GrpcClient("self")
    PricingServiceBlockingStub pricing;

    @Inject
    SessionFactory sessionFactory;

    FakeInventory inventory;

    /** What one call returned and the statements the service prepared to answer it. */
    private record Counted<T>(T response, long statements) {
    }

    private <T> Counted<T> count(Supplier<T> call) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        T response = call.get();
        return new Counted<>(response, sessionFactory.getStatistics().getPrepareStatementCount() - before);
    }

    /** A hotel with base rates on room types 1..roomTypes and {@code overrides} one-night overrides of room type 1. */
    private long hotel(int roomTypes, int overrides) {
        long hotel = newHotel();
        for (long rt = 1; rt <= roomTypes; rt++) {
            inventory.addRoomType(hotel, rt, 10);
            setBaseRate(pricing, hotel, rt, eur(100 + rt));
        }
        for (int i = 0; i < overrides; i++) {
            pricing.createRateOverride(CreateRateOverrideRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
                    .setRateOverride(RateOverride.newBuilder().setHotelId(hotel).setRoomTypeId(1).setName("Night " + i)
                            .setStartDate(date(inDays(10 + i))).setEndDate(date(inDays(11 + i))).setNightlyRate(eur(150)))
                    .build());
        }
        return hotel;
    }

    private ListRateOverridesResponse listOverrides(long hotel, int pageSize, String token) {
        return pricing.listRateOverrides(ListRateOverridesRequest.newBuilder().setHotelId(hotel).setRoomTypeId(1)
                .setStartDate(date(inDays(1))).setPageSize(pageSize).setPageToken(token).build());
    }

    @Test
    void listingFiftyRateOverridesCostsOneStatementLikeListingFiveAndSoDoesTheNextPage() {
        long small = hotel(1, 5);
        long big = hotel(1, 60);

        Counted<ListRateOverridesResponse> five = count(() -> listOverrides(small, 50, ""));
        Counted<ListRateOverridesResponse> fifty = count(() -> listOverrides(big, 50, ""));
        Counted<ListRateOverridesResponse> nextPage = count(() -> listOverrides(big, 50,
                fifty.response().getNextPageToken()));

        assertThat(five.response().getRateOverridesCount()).isEqualTo(5);
        assertThat(fifty.response().getRateOverridesCount()).isEqualTo(50);
        assertThat(nextPage.response().getRateOverridesCount()).isEqualTo(10);
        assertThat(five.statements()).isEqualTo(1);
        assertThat(fifty.statements()).isEqualTo(1);
        assertThat(nextPage.statements()).isEqualTo(1);
    }

    @Test
    void listingFiftyBaseRatesCostsOneStatementLikeListingFive() {
        long small = hotel(5, 0);
        long big = hotel(50, 0);

        var five = count(() -> pricing.listBaseRates(ListBaseRatesRequest.newBuilder().setHotelId(small)
                .setPageSize(50).build()));
        var fifty = count(() -> pricing.listBaseRates(ListBaseRatesRequest.newBuilder().setHotelId(big)
                .setPageSize(50).build()));

        assertThat(five.response().getBaseRatesCount()).isEqualTo(5);
        assertThat(fifty.response().getBaseRatesCount()).isEqualTo(50);
        assertThat(five.statements()).isEqualTo(1);
        assertThat(fifty.statements()).isEqualTo(1);
    }

    @Test
    void aCalendarCostsThreeStatementsColdAndNoneWarmWhateverItsRoomTypesNightsAndOverrides() {
        long small = hotel(1, 0);
        long big = hotel(20, 10);
        LocalDate start = inDays(5);

        var oneNight = count(() -> pricing.getRateCalendar(GetRateCalendarRequest.newBuilder().setHotelId(small)
                .addRoomTypeIds(1).setStartDate(date(start)).setEndDate(date(start.plusDays(1))).build()));
        var named = count(() -> pricing.getRateCalendar(GetRateCalendarRequest.newBuilder().setHotelId(big)
                .addAllRoomTypeIds(LongStream.rangeClosed(1, 20).boxed().toList())
                .setStartDate(date(start)).setEndDate(date(start.plusDays(60))).build()));
        var all = count(() -> pricing.getRateCalendar(GetRateCalendarRequest.newBuilder().setHotelId(big)
                .setStartDate(date(start)).setEndDate(date(start.plusDays(60))).build()));

        assertThat(oneNight.response().getRoomTypesCount()).isEqualTo(1);
        assertThat(named.response().getRoomTypesCount()).isEqualTo(20);
        assertThat(all.response().getRoomTypesCount()).isEqualTo(20);
        assertThat(all.response().getRoomTypes(0).getDaysCount()).isEqualTo(60);
        // Cold: base rates, overrides, the hotel's rule, one statement each; warm: the hotel's cached rates.
        assertThat(oneNight.statements()).isEqualTo(3);
        assertThat(named.statements()).isEqualTo(3);
        assertThat(all.statements()).isZero();

        setBaseRate(pricing, big, 1, eur(150));
        var afterChange = count(() -> pricing.getRateCalendar(GetRateCalendarRequest.newBuilder().setHotelId(big)
                .addRoomTypeIds(1).setStartDate(date(start)).setEndDate(date(start.plusDays(1))).build()));
        assertThat(afterChange.statements()).as("a rate change drops the hotel's cached rates").isEqualTo(3);
        assertThat(afterChange.response().getRoomTypes(0).getDays(0).getBaseRate().getUnits()).isEqualTo(150);
    }

    @Test
    void aQuoteCostsFiveStatementsWhateverItsNightsAndReadingItBackOne() {
        long hotel = hotel(1, 3);

        var oneNight = count(() -> pricing.quoteStay(stay(hotel, 1, inDays(10), inDays(11)).build()).getQuote());
        var thirtyNights = count(() -> pricing.quoteStay(stay(hotel, 1, inDays(10), inDays(40)).build()).getQuote());
        var readOne = count(() -> getQuote(oneNight.response()));
        var readThirty = count(() -> getQuote(thirtyNights.response()));

        assertThat(thirtyNights.response().getNightsCount()).isEqualTo(30);
        // base rate, overrides, rule; then the quote and one batch of all its nights
        assertThat(oneNight.statements()).isEqualTo(5);
        assertThat(thirtyNights.statements()).isEqualTo(5);
        assertThat(readOne.response()).isEqualTo(oneNight.response());
        assertThat(readThirty.response()).isEqualTo(thirtyNights.response());
        assertThat(readOne.statements()).isEqualTo(1);
        assertThat(readThirty.statements()).isEqualTo(1);
    }

    @Test
    void singleReadsCostOneStatement() {
        long hotel = hotel(1, 1);
        RateOverride override = pricing.listRateOverrides(ListRateOverridesRequest.newBuilder().setHotelId(hotel)
                .build()).getRateOverrides(0);
        pricing.updatePricingRule(UpdatePricingRuleRequest.newBuilder().setPricingRule(PricingRule.newBuilder()
                .setHotelId(hotel).addTiers(OccupancyTier.newBuilder().setMultiplierBasisPoints(10_000))).build());

        assertThat(count(() -> pricing.getBaseRate(GetBaseRateRequest.newBuilder().setHotelId(hotel)
                .setRoomTypeId(1).build())).statements()).isEqualTo(1);
        assertThat(count(() -> pricing.getRateOverride(GetRateOverrideRequest.newBuilder().setHotelId(hotel)
                .setRateOverrideId(override.getRateOverrideId()).build())).statements()).isEqualTo(1);
        assertThat(count(() -> pricing.getPricingRule(GetPricingRuleRequest.newBuilder().setHotelId(hotel)
                .build())).statements()).isEqualTo(1);
        assertThat(count(() -> pricing.getPricingRule(GetPricingRuleRequest.newBuilder().setHotelId(newHotel())
                .build())).statements()).isEqualTo(1);
    }

    private Quote getQuote(Quote quote) {
        return pricing.getQuote(GetQuoteRequest.newBuilder().setQuoteId(quote.getQuoteId()).build()).getQuote();
    }
}
