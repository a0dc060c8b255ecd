package io.staygrid.pricing.grpc;

import static io.staygrid.pricing.testing.Fixtures.assertRefused;
import static io.staygrid.pricing.testing.Fixtures.date;
import static io.staygrid.pricing.testing.Fixtures.eur;
import static io.staygrid.pricing.testing.Fixtures.inDays;
import static io.staygrid.pricing.testing.Fixtures.money;
import static io.staygrid.pricing.testing.Fixtures.newHotel;
import static io.staygrid.pricing.testing.Fixtures.setBaseRate;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.type.DayOfWeek;
import com.google.type.Money;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.pricing.testing.FakeInventory;
import io.staygrid.pricing.testing.FakeInventoryResource;
import io.staygrid.pricing.testing.Rows;
import io.staygrid.pricing.v1.BaseRate;
import io.staygrid.pricing.v1.CreateRateOverrideRequest;
import io.staygrid.pricing.v1.DeleteBaseRateRequest;
import io.staygrid.pricing.v1.DeleteRateOverrideRequest;
import io.staygrid.pricing.v1.GetBaseRateRequest;
import io.staygrid.pricing.v1.GetPricingRuleRequest;
import io.staygrid.pricing.v1.GetRateOverrideRequest;
import io.staygrid.pricing.v1.ListBaseRatesRequest;
import io.staygrid.pricing.v1.ListBaseRatesResponse;
import io.staygrid.pricing.v1.ListRateOverridesRequest;
import io.staygrid.pricing.v1.ListRateOverridesResponse;
import io.staygrid.pricing.v1.OccupancyTier;
import io.staygrid.pricing.v1.PricingRule;
import io.staygrid.pricing.v1.PricingServiceGrpc.PricingServiceBlockingStub;
import io.staygrid.pricing.v1.RateOverride;
import io.staygrid.pricing.v1.SetBaseRateRequest;
import io.staygrid.pricing.v1.UpdatePricingRuleRequest;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FakeInventoryResource.class, restrictToAnnotatedClass = true)
class RatesAndRulesTest {

    @GrpcClient("self")
    PricingServiceBlockingStub pricing;

    @Inject
    Rows rows;

    FakeInventory inventory;

    private static RateOverride.Builder override(long hotel, long roomType, LocalDate start, LocalDate end, Money rate) {
        return RateOverride.newBuilder().setHotelId(hotel).setRoomTypeId(roomType).setName("Summer")
                .setStartDate(date(start)).setEndDate(date(end)).setNightlyRate(rate);
    }

    private RateOverride create(RateOverride.Builder o, String requestId) {
        return pricing.createRateOverride(CreateRateOverrideRequest.newBuilder().setRateOverride(o)
                .setRequestId(requestId).build()).getRateOverride();
    }

    @Test
    void baseRatesAreSetReadListedInPagesAndDeleted() {
        long hotel = newHotel();
        for (long rt = 1; rt <= 5; rt++) {
            inventory.addRoomType(hotel, rt, 10);
            setBaseRate(pricing, hotel, rt, eur(100 + rt));
        }
        setBaseRate(pricing, hotel, 3, money("EUR", 99, 990_000_000));
        assertThat(pricing.getBaseRate(GetBaseRateRequest.newBuilder().setHotelId(hotel).setRoomTypeId(3).build())
                .getBaseRate().getNightlyRate()).isEqualTo(money("EUR", 99, 990_000_000));

        List<Long> listed = new ArrayList<>();
        String token = "";
        do {
            ListBaseRatesResponse page = pricing.listBaseRates(ListBaseRatesRequest.newBuilder().setHotelId(hotel)
                    .setPageSize(2).setPageToken(token).build());
            assertThat(page.getBaseRatesCount()).isLessThanOrEqualTo(2);
            page.getBaseRatesList().forEach(r -> listed.add(r.getRoomTypeId()));
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertThat(listed).containsExactly(1L, 2L, 3L, 4L, 5L);

        String firstToken = pricing.listBaseRates(ListBaseRatesRequest.newBuilder().setHotelId(hotel).setPageSize(2)
                .build()).getNextPageToken();
        assertRefused(() -> pricing.listBaseRates(ListBaseRatesRequest.newBuilder().setHotelId(hotel + 1)
                .setPageToken(firstToken).build()), Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");

        BaseRate deleted = pricing.deleteBaseRate(DeleteBaseRateRequest.newBuilder().setHotelId(hotel).setRoomTypeId(5)
                .build()).getBaseRate();
        assertThat(deleted.getNightlyRate()).isEqualTo(eur(105));
        assertRefused(() -> pricing.deleteBaseRate(DeleteBaseRateRequest.newBuilder().setHotelId(hotel).setRoomTypeId(5)
                .build()), Status.Code.NOT_FOUND, "BASE_RATE_NOT_FOUND");
        assertThat(pricing.deleteBaseRate(DeleteBaseRateRequest.newBuilder().setHotelId(hotel).setRoomTypeId(5)
                .setAllowMissing(true).build()).hasBaseRate()).isFalse();
        assertRefused(() -> pricing.getBaseRate(GetBaseRateRequest.newBuilder().setHotelId(hotel).setRoomTypeId(5).build()),
                Status.Code.NOT_FOUND, "BASE_RATE_NOT_FOUND");
    }

    @Test
    void creatingAnOverrideTwiceWithTheSameRequestIdReturnsTheFirstAnswerEvenAfterDeletion() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        String requestId = UUID.randomUUID().toString();
        RateOverride.Builder body = override(hotel, 1, inDays(10), inDays(20), eur(150))
                .addDaysOfWeek(DayOfWeek.SATURDAY).addDaysOfWeek(DayOfWeek.FRIDAY).addDaysOfWeek(DayOfWeek.SATURDAY);

        RateOverride first = create(body, requestId);
        assertThat(first.getDaysOfWeekList()).containsExactly(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(create(body, requestId)).isEqualTo(first);
        assertRefused(() -> create(body.clone().setNightlyRate(eur(151)), requestId),
                Status.Code.ALREADY_EXISTS, "REQUEST_ID_CONFLICT");

        pricing.deleteRateOverride(DeleteRateOverrideRequest.newBuilder().setRateOverrideId(first.getRateOverrideId())
                .setHotelId(hotel).build());
        assertThat(create(body, requestId)).isEqualTo(first);
        assertRefused(() -> pricing.getRateOverride(GetRateOverrideRequest.newBuilder().setHotelId(hotel)
                .setRateOverrideId(first.getRateOverrideId()).build()), Status.Code.NOT_FOUND, "RATE_OVERRIDE_NOT_FOUND");
        assertRefused(() -> pricing.deleteRateOverride(DeleteRateOverrideRequest.newBuilder()
                        .setRateOverrideId(first.getRateOverrideId()).build()),
                Status.Code.NOT_FOUND, "RATE_OVERRIDE_NOT_FOUND");
        assertThat(rows.count("rate_override", hotel)).isEqualTo(1);
    }

    @Test
    void overridesAreListedInPagesByStartDateFilteredByRoomTypeAndDates() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        inventory.addRoomType(hotel, 2, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        RateOverride late = create(override(hotel, 1, inDays(50), inDays(60), eur(120)), UUID.randomUUID().toString());
        RateOverride early = create(override(hotel, 0, inDays(10), inDays(20), eur(130)), UUID.randomUUID().toString());
        RateOverride other = create(override(hotel, 2, inDays(15), inDays(16), eur(140)), UUID.randomUUID().toString());
        RateOverride sameStart = create(override(hotel, 1, inDays(10), inDays(11), eur(110)), UUID.randomUUID().toString());

        List<String> all = new ArrayList<>();
        String token = "";
        do {
            ListRateOverridesResponse page = pricing.listRateOverrides(ListRateOverridesRequest.newBuilder()
                    .setHotelId(hotel).setPageSize(1).setPageToken(token).build());
            page.getRateOverridesList().forEach(o -> all.add(o.getRateOverrideId()));
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertThat(all).containsExactly(early.getRateOverrideId(), sameStart.getRateOverrideId(),
                other.getRateOverrideId(), late.getRateOverrideId());

        ListRateOverridesResponse forRoomType1 = pricing.listRateOverrides(ListRateOverridesRequest.newBuilder()
                .setHotelId(hotel).setRoomTypeId(1).setStartDate(date(inDays(11))).setEndDate(date(inDays(55))).build());
        assertThat(forRoomType1.getRateOverridesList()).extracting(RateOverride::getRateOverrideId)
                .containsExactly(early.getRateOverrideId(), late.getRateOverrideId());

        String token1 = pricing.listRateOverrides(ListRateOverridesRequest.newBuilder().setHotelId(hotel)
                .setPageSize(1).build()).getNextPageToken();
        assertRefused(() -> pricing.listRateOverrides(ListRateOverridesRequest.newBuilder().setHotelId(hotel)
                .setRoomTypeId(1).setPageToken(token1).build()), Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertRefused(() -> pricing.listRateOverrides(ListRateOverridesRequest.newBuilder().setHotelId(hotel)
                        .setStartDate(date(inDays(11))).setEndDate(date(inDays(11))).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
    }

    @Test
    void anOverrideNeedsAHotelBaseRateAndAKnownRoomType() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        assertRefused(() -> create(override(hotel, 0, inDays(10), inDays(20), eur(150)), UUID.randomUUID().toString()),
                Status.Code.FAILED_PRECONDITION, "BASE_RATE_NOT_SET");
        setBaseRate(pricing, hotel, 1, eur(100));
        assertRefused(() -> create(override(hotel, 9, inDays(10), inDays(20), eur(150)), UUID.randomUUID().toString()),
                Status.Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
        assertThat(rows.count("rate_override", hotel)).isZero();
    }

    @Test
    void pricingRulesDefaultReplaceValidateAndRestore() {
        long hotel = newHotel();
        PricingRule defaults = pricing.getPricingRule(GetPricingRuleRequest.newBuilder().setHotelId(hotel).build())
                .getPricingRule();
        assertThat(defaults.getIsDefault()).isTrue();
        assertThat(defaults.getTiersList()).extracting(OccupancyTier::getMinOccupancyBasisPoints)
                .containsExactly(0, 5_000, 7_000, 8_500, 10_001);
        assertThat(defaults.getTiersList()).extracting(OccupancyTier::getMultiplierBasisPoints)
                .containsExactly(10_000, 11_000, 12_500, 15_000, 17_500);

        PricingRule own = update(hotel, tier(0, 9_500), tier(6_000, 13_000)).getPricingRule();
        assertThat(own.getIsDefault()).isFalse();
        assertThat(own.hasUpdateTime()).isTrue();
        assertThat(pricing.getPricingRule(GetPricingRuleRequest.newBuilder().setHotelId(hotel).build()).getPricingRule())
                .isEqualTo(own);

        Throwable notFromZero = assertRefused(() -> update(hotel, tier(100, 10_000)), Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertThat(io.staygrid.support.error.GrpcErrors.errorInfo(notFromZero).orElseThrow().getMetadataMap())
                .containsEntry("field", "pricing_rule.tiers[0].min_occupancy_basis_points");
        assertRefused(() -> update(hotel, tier(0, 10_000), tier(0, 12_000)), Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertRefused(() -> update(hotel, tier(0, 999)), Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertThat(pricing.getPricingRule(GetPricingRuleRequest.newBuilder().setHotelId(hotel).build()).getPricingRule())
                .isEqualTo(own);

        assertThat(update(hotel).getPricingRule().getIsDefault()).isTrue();
        assertThat(pricing.getPricingRule(GetPricingRuleRequest.newBuilder().setHotelId(hotel).build()).getPricingRule())
                .isEqualTo(defaults);
    }

    private static OccupancyTier tier(int min, int multiplier) {
        return OccupancyTier.newBuilder().setMinOccupancyBasisPoints(min).setMultiplierBasisPoints(multiplier).build();
    }

    private io.staygrid.pricing.v1.UpdatePricingRuleResponse update(long hotel, OccupancyTier... tiers) {
        return pricing.updatePricingRule(UpdatePricingRuleRequest.newBuilder().setPricingRule(PricingRule.newBuilder()
                .setHotelId(hotel).addAllTiers(List.of(tiers))).build());
    }

    @Test
    void setBaseRateRefusesBadMoneyUnknownCurrenciesMismatchesAndUnknownRoomTypesWritingNothing() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        inventory.addRoomType(hotel, 2, 10);
        assertRefused(() -> setBaseRate(pricing, hotel, 1, money("EUR", -100, 0)), Status.Code.INVALID_ARGUMENT, "INVALID_MONEY");
        assertRefused(() -> setBaseRate(pricing, hotel, 1, money("EUR", 0, 0)), Status.Code.INVALID_ARGUMENT, "INVALID_MONEY");
        assertRefused(() -> setBaseRate(pricing, hotel, 1, money("JPY", 100, 500_000_000)), Status.Code.INVALID_ARGUMENT, "INVALID_MONEY");
        assertRefused(() -> setBaseRate(pricing, hotel, 1, money("ZZZ", 100, 0)), Status.Code.INVALID_ARGUMENT, "UNKNOWN_CURRENCY");
        assertRefused(() -> setBaseRate(pricing, hotel, 1, money("XAU", 100, 0)), Status.Code.INVALID_ARGUMENT, "UNKNOWN_CURRENCY");
        assertRefused(() -> setBaseRate(pricing, hotel, 9, eur(100)), Status.Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
        assertRefused(() -> pricing.setBaseRate(SetBaseRateRequest.newBuilder().setHotelId(hotel).setRoomTypeId(1).build()),
                Status.Code.INVALID_ARGUMENT, "UNKNOWN_CURRENCY");
        assertThat(rows.count("base_rate", hotel)).isZero();

        setBaseRate(pricing, hotel, 1, eur(100));
        Throwable mismatch = assertRefused(() -> setBaseRate(pricing, hotel, 2, money("USD", 100, 0)),
                Status.Code.INVALID_ARGUMENT, "CURRENCY_MISMATCH");
        assertThat(io.staygrid.support.error.GrpcErrors.errorInfo(mismatch).orElseThrow().getMetadataMap())
                .containsEntry("expected_currency", "EUR").containsEntry("currency_code", "USD");
        assertRefused(() -> create(override(hotel, 0, inDays(10), inDays(20), money("USD", 100, 0)),
                UUID.randomUUID().toString()), Status.Code.INVALID_ARGUMENT, "CURRENCY_MISMATCH");
        assertThat(rows.count("base_rate", hotel)).isEqualTo(1);
        assertThat(rows.count("rate_override", hotel)).isZero();
    }

    @Test
    void badOverridesAreInvalidAndWriteNothing() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        String id = UUID.randomUUID().toString();
        assertRefused(() -> create(override(hotel, 1, inDays(20), inDays(10), eur(150)), id),
                Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertRefused(() -> create(override(hotel, 1, inDays(10), inDays(10 + 1097), eur(150)), id),
                Status.Code.INVALID_ARGUMENT, "INVALID_STAY");
        assertRefused(() -> create(override(hotel, 1, inDays(10), inDays(20), money("EUR", -5, 0)), id),
                Status.Code.INVALID_ARGUMENT, "INVALID_MONEY");
        assertRefused(() -> create(override(hotel, 1, inDays(10), inDays(20), money("QQQ", 5, 0)), id),
                Status.Code.INVALID_ARGUMENT, "UNKNOWN_CURRENCY");
        assertRefused(() -> create(override(hotel, 1, inDays(10), inDays(20), eur(150)).setName("  "), id),
                Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertRefused(() -> create(override(hotel, -1, inDays(10), inDays(20), eur(150)), id),
                Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertRefused(() -> create(override(hotel, 1, inDays(10), inDays(20), eur(150))
                .addDaysOfWeek(DayOfWeek.DAY_OF_WEEK_UNSPECIFIED), id), Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        LocalDate monday = inDays(10).with(java.time.DayOfWeek.MONDAY).plusWeeks(1);
        assertRefused(() -> create(override(hotel, 1, monday, monday.plusDays(2), eur(150))
                .addDaysOfWeek(DayOfWeek.SUNDAY), id), Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertRefused(() -> create(override(hotel, 1, inDays(10), inDays(20), eur(150)), "nope"),
                Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertThat(rows.count("rate_override", hotel)).isZero();
    }

    /** Runs the calls at once (released together by a gate) and returns each one's outcome: the answer or the failure. */
    private static List<Object> race(List<Callable<Object>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Object>> outcomes = new ArrayList<>();
            for (Callable<Object> call : calls) {
                outcomes.add(pool.submit(() -> {
                    gate.await();
                    try {
                        return call.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            gate.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneRequestIdRacedForEightHotelsStoresExactlyOneOverrideAndNoOtherRacerGetsAnId() throws Exception {
        for (int round = 0; round < 3; round++) {
            String requestId = UUID.randomUUID().toString();
            List<Long> hotels = new ArrayList<>();
            List<Callable<Object>> racers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long hotel = newHotel();
                inventory.addRoomType(hotel, 1, 10);
                setBaseRate(pricing, hotel, 1, eur(100));
                hotels.add(hotel);
                racers.add(() -> create(override(hotel, 0, inDays(10), inDays(20), eur(150)), requestId));
            }
            List<Object> outcomes = race(racers);

            List<RateOverride> winners = outcomes.stream().filter(RateOverride.class::isInstance)
                    .map(RateOverride.class::cast).toList();
            assertThat(winners).as("round %d: %s", round, outcomes).hasSize(1);
            RateOverride winner = winners.get(0);
            assertThat(pricing.getRateOverride(GetRateOverrideRequest.newBuilder().setHotelId(winner.getHotelId())
                    .setRateOverrideId(winner.getRateOverrideId()).build()).getRateOverride()).isEqualTo(winner);
            for (Object outcome : outcomes) {
                if (outcome != winner) {
                    assertRefused(() -> {
                        throw (RuntimeException) outcome;
                    }, Status.Code.ALREADY_EXISTS, "REQUEST_ID_CONFLICT");
                }
            }
            assertThat(hotels.stream().mapToLong(h -> rows.count("rate_override", h)).sum()).isEqualTo(1);
        }
    }

    @Test
    void twoFirstBaseRatesInDifferentCurrenciesRacedForOneHotelLeaveExactlyOneCurrency() throws Exception {
        for (int round = 0; round < 5; round++) {
            long hotel = newHotel();
            inventory.addRoomType(hotel, 1, 10);
            inventory.addRoomType(hotel, 2, 10);
            List<Object> outcomes = race(List.of(
                    () -> pricing.setBaseRate(SetBaseRateRequest.newBuilder().setHotelId(hotel).setRoomTypeId(1)
                            .setNightlyRate(eur(100)).build()).getBaseRate(),
                    () -> pricing.setBaseRate(SetBaseRateRequest.newBuilder().setHotelId(hotel).setRoomTypeId(2)
                            .setNightlyRate(money("USD", 100, 0)).build()).getBaseRate()));

            List<BaseRate> winners = outcomes.stream().filter(BaseRate.class::isInstance).map(BaseRate.class::cast)
                    .toList();
            assertThat(winners).as("round %d: %s", round, outcomes).hasSize(1);
            Object loser = outcomes.stream().filter(o -> !(o instanceof BaseRate)).findFirst().orElseThrow();
            assertRefused(() -> {
                throw (RuntimeException) loser;
            }, Status.Code.INVALID_ARGUMENT, "CURRENCY_MISMATCH");
            assertThat(rows.count("base_rate", hotel)).isEqualTo(1);
            assertThat(pricing.listBaseRates(ListBaseRatesRequest.newBuilder().setHotelId(hotel).build())
                    .getBaseRatesList()).extracting(r -> r.getNightlyRate().getCurrencyCode())
                    .containsExactly(winners.get(0).getNightlyRate().getCurrencyCode());
        }
    }
}
