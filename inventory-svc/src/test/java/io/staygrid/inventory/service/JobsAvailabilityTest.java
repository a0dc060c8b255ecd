package io.staygrid.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestClock;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.TestInventory.RoomType;
import io.staygrid.inventory.TestProbe;
import io.staygrid.inventory.domain.HoldState;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.inventory.service.InventoryProbe.Point;
import io.staygrid.support.error.DomainException;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The background writers (horizon job, policy change, expiry sweeper) work in small transactions with lock
 * timeouts: a booking never waits behind one of them for longer than its own lock timeout, and one busy row
 * costs the job that row only, never its whole run.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class JobsAvailabilityTest {

    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);
    private static final Duration STALL_WAIT = Duration.ofSeconds(15);

    @Inject
    HorizonJob horizon;
    @Inject
    ExpirySweeper sweeper;
    @Inject
    CapacityService capacity;
    @Inject
    PolicyService policies;
    @Inject
    HoldService holds;
    @Inject
    TestClock clock;
    @Inject
    TestProbe probe;
    @Inject
    TestInventory db;

    @AfterEach
    void reset() {
        probe.disarm();
        clock.reset();
    }

    @Test
    void holdsFromManyThreadsNeverFailBusyWhileTheHorizonJobAPolicyChangeAndTheSweeperAreStalledMidRun() throws Exception {
        RoomType p1 = db.newRoomType(20, 10);
        RoomType p2 = new RoomType(p1.hotelId(), TestInventory.newId());
        RoomType p3 = new RoomType(p1.hotelId(), TestInventory.newId());
        capacity.setRooms(p2.hotelId(), p2.roomTypeId(), "UTC", 20, false, false);
        capacity.setRooms(p3.hotelId(), p3.roomTypeId(), "UTC", 20, false, false);
        RoomType s = db.newRoomType(20, 10);
        LocalDate today = TestInventory.today();
        for (int i = 0; i < 6; i++) {
            holds.hold(UUID.randomUUID(), new Stay(s.hotelId(), s.roomTypeId(), today.plusDays(2), today.plusDays(5), 1), ONE_MINUTE);
        }
        RoomType h = db.newRoomType(20, 10);
        clock.move(Duration.ofDays(1));
        LocalDate newest = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(729);

        TestProbe.Stall horizonStall = probe.stallAt(Point.HORIZON_PROGRESS, 0);
        CompletableFuture<Integer> horizonRun = CompletableFuture.supplyAsync(() -> horizon.extendTo(clock.instant()));
        boolean horizonStalled = horizonStall.awaitReached(STALL_WAIT);
        TestProbe.Stall policyStall = probe.stallAt(Point.POLICY_PROGRESS, p1.hotelId());
        CompletableFuture<?> policyRun = CompletableFuture.supplyAsync(() -> policies.setPolicy(p1.hotelId(), 30, false, false));
        boolean policyStalled = policyStall.awaitReached(STALL_WAIT);
        TestProbe.Stall sweepStall = probe.stallAt(Point.SWEEPER_PROGRESS, s.hotelId());
        CompletableFuture<Integer> sweepRun = CompletableFuture.supplyAsync(
                () -> sweeper.sweep(clock.instant().plus(Duration.ofMinutes(2))));
        boolean sweepStalled = sweepStall.awaitReached(STALL_WAIT);

        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        List<RoomType> targets = List.of(p1, p2, p3, s, h);
        LocalDate start = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            HoldRaceTest.race(16, worker -> () -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int op = 0; op < 6; op++) {
                    RoomType rt = targets.get(random.nextInt(targets.size()));
                    Stay stay = random.nextBoolean()
                            ? new Stay(rt.hotelId(), rt.roomTypeId(), newest, newest.plusDays(1), 1)
                            : new Stay(rt.hotelId(), rt.roomTypeId(), start.plusDays(1), start.plusDays(5), 1);
                    String outcome;
                    try {
                        holds.hold(UUID.randomUUID(), stay, Duration.ofMinutes(15));
                        outcome = "OK";
                    } catch (DomainException e) {
                        outcome = e.reason();
                    }
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            });
        } finally {
            horizonStall.release();
            policyStall.release();
            sweepStall.release();
        }
        assertThat(outcomes.keySet()).as("hold outcomes %s", outcomes).containsOnly("OK");
        assertThat(List.of(horizonStalled, policyStalled, sweepStalled)).as("each job reached its stall point").containsOnly(true);
        horizonRun.get(60, TimeUnit.SECONDS);
        policyRun.get(60, TimeUnit.SECONDS);
        sweepRun.get(60, TimeUnit.SECONDS);
        assertThat(db.invariantViolations()).isEmpty();
        for (RoomType rt : targets) {
            assertThat(db.oversold(rt.hotelId())).isEmpty();
        }
        assertThat(db.night(p2, newest).sellLimit()).isEqualTo(26);
        assertThat(db.night(h, newest)).isNotNull();
        assertThat(db.count("SELECT count(*) FROM inventory_hold WHERE hotel_id = ? AND state = 'EXPIRED'", s.hotelId()))
                .isEqualTo(6);
    }

    @Test
    void aHotelWhoseRowsAreLockedIsSkippedByTheHorizonJobAndCaughtUpByItsNextRun() throws Exception {
        RoomType busy = db.newRoomType(4, 10);
        RoomType free = db.newRoomType(4, 10);
        Instant later = Instant.now().plus(Duration.ofDays(2));
        CompletableFuture<Integer> run;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            // What a capacity change of the busy hotel holds while it runs: its hotel row and its room type row.
            lock(c, "SELECT 1 FROM hotel WHERE hotel_id = ? FOR NO KEY UPDATE", busy.hotelId());
            lock(c, "SELECT 1 FROM room_type WHERE hotel_id = ? FOR NO KEY UPDATE", busy.hotelId());
            run = CompletableFuture.supplyAsync(() -> horizon.extendTo(later));
            try {
                run.get(20, TimeUnit.SECONDS);
            } finally {
                c.rollback();
            }
        }

        assertThat(nights(free)).isEqualTo(732);
        assertThat(nights(busy)).as("skipped while busy").isEqualTo(730);
        horizon.extendTo(later);
        assertThat(nights(busy)).as("caught up by the next run").isEqualTo(732);
    }

    @Test
    void aHoldWhoseNightIsLockedIsSkippedByTheSweeperWhileTheRestOfTheBatchExpires() throws Exception {
        RoomType a = db.newRoomType(5, 0);
        RoomType b = db.newRoomType(5, 0);
        LocalDate start = TestInventory.today().plusDays(3);
        UUID stuck = UUID.randomUUID();
        holds.hold(stuck, new Stay(a.hotelId(), a.roomTypeId(), start, start.plusDays(2), 1), ONE_MINUTE);
        List<UUID> others = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID id = UUID.randomUUID();
            others.add(id);
            holds.hold(id, new Stay(b.hotelId(), b.roomTypeId(), start, start.plusDays(2), 1), ONE_MINUTE);
        }
        Instant due = Instant.now().plus(Duration.ofMinutes(2));
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            lock(c, "SELECT 1 FROM room_type_inventory WHERE hotel_id = ? AND date = ? FOR UPDATE", a.hotelId(), start.plusDays(1));
            CompletableFuture<Integer> sweep = CompletableFuture.supplyAsync(() -> sweeper.sweep(due));
            try {
                sweep.get(20, TimeUnit.SECONDS);
            } finally {
                c.rollback();
            }
        }

        for (UUID id : others) {
            assertThat(state(id)).isEqualTo(HoldState.EXPIRED.name());
        }
        assertThat(state(stuck)).as("skipped, not failed with the batch").isEqualTo(HoldState.HELD.name());
        sweeper.sweep(due);
        assertThat(state(stuck)).as("retried by the next sweep").isEqualTo(HoldState.EXPIRED.name());
        assertThat(db.invariantViolations()).isEmpty();
    }

    private long nights(RoomType rt) {
        return db.count("SELECT count(*) FROM room_type_inventory WHERE hotel_id = ? AND room_type_id = ?", rt.hotelId(),
                rt.roomTypeId());
    }

    private String state(UUID id) {
        return db.text("SELECT state FROM inventory_hold WHERE reservation_id = ?", id);
    }

    private static void lock(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeQuery().close();
        }
    }
}
