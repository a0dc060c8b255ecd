package io.staygrid.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.TestInventory.RoomType;
import io.staygrid.inventory.TestProbe;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.inventory.service.InventoryProbe.Point;
import io.staygrid.inventory.service.PolicySteps.Run;
import io.staygrid.support.error.DomainException;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Policy changes move one room type per transaction and keep the guarantees of one big transaction: an unforced
 * lowering is never applied overbooked, and a change abandoned midway is finished towards the higher percent.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class PolicyChangeTest {

    private static final Duration HOLD = Duration.ofMinutes(15);

    @Inject
    PolicyService policies;
    @Inject
    PolicySteps steps;
    @Inject
    PolicyRepair repair;
    @Inject
    CapacityService capacity;
    @Inject
    HoldService holds;
    @Inject
    TestProbe probe;
    @Inject
    TestInventory db;

    private final LocalDate day = TestInventory.today().plusDays(5);

    @AfterEach
    void disarm() {
        probe.disarm();
    }

    @Test
    void aLoweringThatFallsShortOnALaterRoomTypeIsUndoneOnTheEarlierOnesAndRefused() {
        RoomType[] rt = hotelWithTwoRoomTypes();
        fill(rt[1], 11);

        assertThatThrownBy(() -> policies.setPolicy(rt[0].hotelId(), 0, false, false))
                .hasFieldOrPropertyWithValue("reason", "CAPACITY_BELOW_RESERVED");

        assertAllAt(rt, 11);
        assertThat(policies.policy(rt[0].hotelId()).percent()).isEqualTo(10);
        assertThat(pending(rt[0])).isZero();
        assertThat(db.oversold(rt[0].hotelId())).isEmpty();
    }

    @Test
    void aHoldLandingBetweenTwoRoomTypesOfALoweringMakesItRefusedNotOverbooked() throws Exception {
        RoomType[] rt = hotelWithTwoRoomTypes();
        fill(rt[1], 10);
        TestProbe.Stall between = probe.stallAt(Point.POLICY_PROGRESS, rt[0].hotelId());
        CompletableFuture<?> lowering = CompletableFuture.supplyAsync(() -> policies.setPolicy(rt[0].hotelId(), 0, false, false));
        assertThat(between.awaitReached(Duration.ofSeconds(20))).isTrue();
        // The first room type is at 0 percent already; the second still sells at 10 percent: its eleventh room goes.
        holds.hold(UUID.randomUUID(), new Stay(rt[1].hotelId(), rt[1].roomTypeId(), day, day.plusDays(1), 1), HOLD);
        between.release();

        assertThatThrownBy(() -> lowering.get(30, TimeUnit.SECONDS)).hasRootCauseInstanceOf(DomainException.class)
                .rootCause().hasFieldOrPropertyWithValue("reason", "CAPACITY_BELOW_RESERVED");
        assertAllAt(rt, 11);
        assertThat(db.oversold(rt[0].hotelId())).isEmpty();
        assertThat(db.invariantViolations()).isEmpty();
    }

    @Test
    void anIncreaseAbandonedAfterOneRoomTypeIsFinishedByTheRepairOnceItsLeaseIsOver() {
        RoomType[] rt = hotelWithTwoRoomTypes();
        Run run = steps.start(rt[0].hotelId(), 30).orElseThrow();
        steps.step(run, rt[0].roomTypeId(), 30, false);

        assertThat(repair.repairAbandoned(Instant.now())).as("the owner's lease still runs").isZero();
        assertThat(repair.repairAbandoned(Instant.now().plus(Duration.ofMinutes(2)))).isEqualTo(1);

        assertAllAt(rt, 13);
        assertThat(policies.policy(rt[0].hotelId()).percent()).isEqualTo(30);
        assertThat(pending(rt[0])).isZero();
    }

    @Test
    void aDecreaseAbandonedAfterOneRoomTypeIsUndoneByTheRepair() {
        RoomType[] rt = hotelWithTwoRoomTypes();
        Run run = steps.start(rt[0].hotelId(), 0).orElseThrow();
        steps.step(run, rt[0].roomTypeId(), 0, false);
        assertThat(db.night(rt[0], day).sellLimit()).isEqualTo(10);

        assertThat(repair.repairAbandoned(Instant.now().plus(Duration.ofMinutes(2)))).isEqualTo(1);

        assertAllAt(rt, 11);
        assertThat(policies.policy(rt[0].hotelId()).percent()).isEqualTo(10);
        assertThat(pending(rt[0])).isZero();
    }

    @Test
    void aChangeThatCrashesMidwayIsFinishedRightAwayTowardsTheHigherPercent() {
        RoomType[] rt = hotelWithTwoRoomTypes();
        probe.crashAt(Point.POLICY_PROGRESS, rt[0].hotelId());

        assertThatThrownBy(() -> policies.setPolicy(rt[0].hotelId(), 30, false, false)).isInstanceOf(TestProbe.SimulatedCrash.class);

        assertAllAt(rt, 13);
        assertThat(policies.policy(rt[0].hotelId()).percent()).isEqualTo(30);
        assertThat(pending(rt[0])).isZero();
    }

    @Test
    void aSecondChangeWhileOneIsInFlightIsBusyAndAChangeAfterAnAbandonedOneFinishesItFirst() {
        RoomType[] rt = hotelWithTwoRoomTypes();
        Run run = steps.start(rt[0].hotelId(), 0).orElseThrow();
        steps.step(run, rt[0].roomTypeId(), 0, false);

        assertThatThrownBy(() -> policies.setPolicy(rt[0].hotelId(), 20, false, false))
                .hasFieldOrPropertyWithValue("reason", "INVENTORY_BUSY");
        steps.release(run);
        policies.setPolicy(rt[0].hotelId(), 20, false, false);

        assertAllAt(rt, 12);
        assertThat(pending(rt[0])).isZero();
    }

    @Test
    void aRoomTypeCreatedWhileAChangeIsInFlightEndsAtTheNewPercent() throws Exception {
        RoomType[] rt = hotelWithTwoRoomTypes();
        TestProbe.Stall between = probe.stallAt(Point.POLICY_PROGRESS, rt[0].hotelId());
        CompletableFuture<?> raising = CompletableFuture.supplyAsync(() -> policies.setPolicy(rt[0].hotelId(), 50, false, false));
        assertThat(between.awaitReached(Duration.ofSeconds(20))).isTrue();
        RoomType added = new RoomType(rt[0].hotelId(), 1);
        capacity.setRooms(added.hotelId(), added.roomTypeId(), "UTC", 10, false, false);
        between.release();
        raising.get(30, TimeUnit.SECONDS);

        assertAllAt(new RoomType[] {rt[0], rt[1], added}, 15);
    }

    private RoomType[] hotelWithTwoRoomTypes() {
        RoomType a = db.newRoomType(10, 10);
        RoomType b = new RoomType(a.hotelId(), TestInventory.newId());
        capacity.setRooms(b.hotelId(), b.roomTypeId(), "UTC", 10, false, false);
        return new RoomType[] {a, b};
    }

    private void fill(RoomType rt, int rooms) {
        for (int left = rooms; left > 0; left -= Math.min(left, 10)) {
            holds.hold(UUID.randomUUID(), new Stay(rt.hotelId(), rt.roomTypeId(), day, day.plusDays(1), Math.min(left, 10)), HOLD);
        }
    }

    private void assertAllAt(RoomType[] rts, int sellLimit) {
        for (RoomType rt : rts) {
            assertThat(db.count("SELECT count(*) FROM room_type_inventory WHERE hotel_id = ? AND room_type_id = ? AND date >= ?"
                    + " AND sell_limit <> ?", rt.hotelId(), rt.roomTypeId(), TestInventory.today(), sellLimit))
                    .as("nights of room type %d not at limit %d", rt.roomTypeId(), sellLimit).isZero();
        }
    }

    private long pending(RoomType rt) {
        return db.count("SELECT count(*) FROM hotel WHERE hotel_id = ? AND pending_token IS NOT NULL", rt.hotelId());
    }
}
