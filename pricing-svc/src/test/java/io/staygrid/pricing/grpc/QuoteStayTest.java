package io.staygrid.pricing.grpc;

import static io.staygrid.pricing.testing.Fixtures.assertRefused;
import static io.staygrid.pricing.testing.Fixtures.calendar;
import static io.staygrid.pricing.testing.Fixtures.eur;
import static io.staygrid.pricing.testing.Fixtures.inDays;
import static io.staygrid.pricing.testing.Fixtures.minor;
import static io.staygrid.pricing.testing.Fixtures.money;
import static io.staygrid.pricing.testing.Fixtures.newHotel;
import static io.staygrid.pricing.testing.Fixtures.setBaseRate;
import static io.staygrid.pricing.testing.Fixtures.stay;
import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.pricing.testing.FakeInventory;
import io.staygrid.pricing.testing.FakeInventoryResource;
import io.staygrid.pricing.testing.Rows;
import io.staygrid.pricing.v1.GetQuoteRequest;
import io.staygrid.pricing.v1.NightlyPrice;
import io.staygrid.pricing.v1.PricingServiceGrpc.PricingServiceBlockingStub;
import io.staygrid.pricing.v1.Quote;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FakeInventoryResource.class, restrictToAnnotatedClass = true)
class QuoteStayTest {

    @GrpcClient("self")
    PricingServiceBlockingStub pricing;

    @Inject
    Rows rows;

    FakeInventory inventory;

    private static long lifetimeSeconds(Quote q) {
        assertThat(q.getExpireTime().getNanos()).isEqualTo(q.getCreateTime().getNanos());
        return q.getExpireTime().getSeconds() - q.getCreateTime().getSeconds();
    }

    private Quote getQuote(String id) {
        return pricing.getQuote(GetQuoteRequest.newBuilder().setQuoteId(id).build()).getQuote();
    }

    @Test
    void aQuotePricesEachNightAndTheTotalForAllRoomsAndIsReadableById() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 7, 20);
        setBaseRate(pricing, hotel, 7, money("EUR", 10, 20_000_000));
        LocalDate start = inDays(30);
        inventory.setReserved(hotel, 7, start.plusDays(1), 14);
        inventory.setReserved(hotel, 7, start.plusDays(2), 21);

        Quote quote = pricing.quoteStay(stay(hotel, 7, start, start.plusDays(3)).setRooms(2).build()).getQuote();

        assertThat(quote.getNightsList()).extracting(n -> minor(n.getPrice(), 2)).containsExactly(1002L, 1253L, 1754L);
        assertThat(quote.getNightsList()).extracting(NightlyPrice::getMultiplierBasisPoints)
                .containsExactly(10_000, 12_500, 17_500);
        assertThat(minor(quote.getTotal(), 2)).isEqualTo((1002 + 1253 + 1754) * 2);
        assertThat(quote.getTotal().getCurrencyCode()).isEqualTo("EUR");
        assertThat(quote.getRooms()).isEqualTo(2);
        assertThat(lifetimeSeconds(quote)).isEqualTo(15 * 60);
        assertThat(getQuote(quote.getQuoteId())).isEqualTo(quote);
        assertThat(inventory.availabilityCalls(hotel)).hasSize(1);
    }

    @Test
    void aQuoteIsHonouredAtItsPriceAfterOccupancyMoves() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(200));
        LocalDate start = inDays(40);
        Quote locked = pricing.quoteStay(stay(hotel, 1, start, start.plusDays(2)).build()).getQuote();

        inventory.setReserved(hotel, 1, start, 9);
        setBaseRate(pricing, hotel, 1, eur(250));
        Quote fresh = pricing.quoteStay(stay(hotel, 1, start, start.plusDays(2)).build()).getQuote();

        assertThat(getQuote(locked.getQuoteId())).isEqualTo(locked);
        assertThat(minor(locked.getTotal(), 2)).isEqualTo(40_000);
        assertThat(fresh.getNightsList()).extracting(n -> minor(n.getPrice(), 2)).containsExactly(37_500L, 25_000L);
    }

    @Test
    void anExpiredQuoteIsStillReturnedWithItsExpiry() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        Quote quote = pricing.quoteStay(stay(hotel, 1, inDays(10), inDays(11))
                .setQuoteDuration(com.google.protobuf.Duration.newBuilder().setSeconds(60)).build()).getQuote();
        assertThat(lifetimeSeconds(quote)).isEqualTo(60);
        rows.expireQuote(quote.getQuoteId());

        Quote expired = getQuote(quote.getQuoteId());
        assertThat(expired.getExpireTime().getSeconds() * 1000).isLessThan(System.currentTimeMillis());
        assertThat(expired.getTotal()).isEqualTo(quote.getTotal());
        assertThat(expired.getNightsList()).isEqualTo(quote.getNightsList());
    }

    @Test
    void yenQuotesRoundHalfUpToWholeYen() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, money("JPY", 12345, 0));
        LocalDate start = inDays(12);
        inventory.setReserved(hotel, 1, start, 5);
        Quote quote = pricing.quoteStay(stay(hotel, 1, start, start.plusDays(1)).setRooms(3).build()).getQuote();
        assertThat(quote.getNights(0).getPrice()).isEqualTo(money("JPY", 13580, 0));
        assertThat(quote.getTotal()).isEqualTo(money("JPY", 13580 * 3, 0));
    }

    @Test
    void unknownAndMalformedQuoteIdsAreRefused() {
        assertRefused(() -> getQuote(UUID.randomUUID().toString()), Status.Code.NOT_FOUND, "QUOTE_NOT_FOUND");
        assertRefused(() -> getQuote("q-1"), Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
    }

    @Test
    void aRoomTypeWithoutBaseRateCannotBeQuotedAndNothingIsWritten() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        assertRefused(() -> pricing.quoteStay(stay(hotel, 1, inDays(10), inDays(12)).build()),
                Status.Code.FAILED_PRECONDITION, "BASE_RATE_NOT_SET");
        assertThat(rows.count("quote", hotel)).isZero();
    }

    @Test
    void badStaysRoomsAndDurationsAreRefusedAndNothingIsWritten() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        LocalDate start = inDays(10);
        assertRefused(() -> pricing.quoteStay(stay(hotel, 1, start, start.minusDays(1)).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertRefused(() -> pricing.quoteStay(stay(hotel, 1, start, start).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertRefused(() -> pricing.quoteStay(stay(hotel, 1, start, start.plusDays(91)).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertRefused(() -> pricing.quoteStay(stay(hotel, 1, inDays(-2), start).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertRefused(() -> pricing.quoteStay(stay(hotel, 1, start, start.plusDays(1)).setRooms(101).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertRefused(() -> pricing.quoteStay(stay(hotel, 1, start, start.plusDays(1)).setRooms(-1).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertRefused(() -> pricing.quoteStay(stay(hotel, 1, start, start.plusDays(1))
                        .setQuoteDuration(com.google.protobuf.Duration.newBuilder().setSeconds(3601)).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertRefused(() -> pricing.quoteStay(stay(hotel, 0, start, start.plusDays(1)).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertThat(rows.count("quote", hotel)).isZero();
        assertThat(inventory.availabilityCalls(hotel)).isEmpty();
    }

    @Test
    void aRoomTypeUnknownToInventoryIsNotFoundAndNothingIsWritten() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        inventory.removeRoomType(hotel, 1);
        assertRefused(() -> pricing.quoteStay(stay(hotel, 1, inDays(10), inDays(11)).build()),
                Status.Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
        assertThat(rows.count("quote", hotel)).isZero();
    }

    @Test
    void nightsAlreadyPastAtTheHotelAreNeitherQuotedNorCalendaredEvenIfNotPastInUtc() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        LocalDate utcToday = LocalDate.now(java.time.ZoneOffset.UTC);
        LocalDate hotelToday = utcToday.plusDays(1); // e.g. Pacific/Kiritimati (UTC+14) late in the UTC day
        inventory.hotelToday(hotel, hotelToday);

        Throwable quote = assertRefused(() -> pricing.quoteStay(stay(hotel, 1, utcToday, utcToday.plusDays(2)).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertThat(io.staygrid.support.error.GrpcErrors.errorInfo(quote).orElseThrow().getMetadataMap())
                .containsEntry("field", "start_date").containsEntry("rule", "START_IN_PAST");
        assertRefused(() -> calendar(pricing, hotel, 1, utcToday, utcToday.plusDays(3)),
                Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertThat(rows.count("quote", hotel)).isZero();

        assertThat(pricing.quoteStay(stay(hotel, 1, hotelToday, hotelToday.plusDays(2)).build()).getQuote().getTotal())
                .isEqualTo(eur(200));
        assertThat(calendar(pricing, hotel, 1, hotelToday, hotelToday.plusDays(3)).getDaysCount()).isEqualTo(3);
    }
}
