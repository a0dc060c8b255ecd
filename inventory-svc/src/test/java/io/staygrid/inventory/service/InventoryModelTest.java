package io.staygrid.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestClock;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.TestProbe;
import io.staygrid.inventory.domain.HoldResult;
import io.staygrid.inventory.domain.OutOfService;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.inventory.service.InventoryProbe.Point;
import io.staygrid.support.error.DomainException;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A seeded random walk over every writer against the real database, checked after each step against a model:
 * holds, confirms, releases, expiry, capacity and out-of-service changes (forced or not), policy changes, horizon
 * extension, and transactions that crash midway. The model predicts each outcome; the database must agree night by
 * night, and a night may exceed its limit only after a forced change. Re-run a failure with -Dinventory.model.seed.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class InventoryModelTest {

    private static final Logger LOG = Logger.getLogger(InventoryModelTest.class);
    private static final int STEPS = Integer.getInteger("inventory.model.steps", 1200);
    private static final int WINDOW = 12;
    private static final int MAX_DAY_MOVES = 3;

    @Inject
    HoldService holds;
    @Inject
    CapacityService capacity;
    @Inject
    PolicyService policies;
    @Inject
    ExpirySweeper sweeper;
    @Inject
    HorizonJob horizon;
    @Inject
    TestClock clock;
    @Inject
    TestProbe probe;
    @Inject
    TestInventory db;

    private final Model model = new Model();
    private long hotel;
    private long[] roomTypes;
    private Random random;

    @AfterEach
    void reset() {
        probe.disarm();
        clock.reset();
    }

    @Test
    void everyStepOfARandomWalkMatchesTheModelAndNoNightIsOversoldWithoutForce() {
        long seed = Long.getLong("inventory.model.seed", new Random().nextLong());
        random = new Random(seed);
        hotel = TestInventory.newId();
        roomTypes = new long[] {TestInventory.newId(), TestInventory.newId()};
        model.start(today(), roomTypes, WINDOW);
        for (long rt : roomTypes) {
            capacity.setRooms(hotel, rt, "UTC", 5, false, false);
            model.setRooms(rt, 5, List.of(), today(), false);
        }
        Map<String, Integer> ops = new LinkedHashMap<>();
        for (int step = 0; step < STEPS; step++) {
            String op = "?";
            try {
                op = step();
                ops.merge(op.split(" ")[0], 1, Integer::sum);
                check(step % 50 == 0);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("model test failed: seed " + seed + ", step " + step + ", " + op, e);
            } finally {
                probe.disarm();
            }
        }
        LOG.infof("model test (seed %d): %s", seed, ops);
    }

    private String step() {
        int dice = random.nextInt(100);
        long rt = roomTypes[random.nextInt(roomTypes.length)];
        LocalDate today = today();
        if (dice < 34) {
            return hold(rt, today, false);
        } else if (dice < 36) {
            return hold(rt, today, true);
        } else if (dice < 46) {
            return confirm(today);
        } else if (dice < 55) {
            return release();
        } else if (dice < 60) {
            Instant at = clock.instant().plus(Duration.ofMinutes(random.nextInt(20)));
            sweeper.sweep(at);
            model.expireUntil(at);
            return "sweep " + at;
        } else if (dice < 72) {
            return setRooms(rt, today, dice < 69 ? null : Point.CHANGE_CHECKED);
        } else if (dice < 79) {
            return setOutOfService(rt, today);
        } else if (dice < 88) {
            return policy(today, dice >= 85);
        } else if (dice < 90 && model.dayMoves < MAX_DAY_MOVES) {
            clock.move(Duration.ofDays(1));
            model.dayMoves++;
            horizon.extendTo(clock.instant());
            return "horizon " + today();
        }
        return hold(rt, today, false);
    }

    private String hold(long rt, LocalDate today, boolean crash) {
        LocalDate windowEnd = model.day0.plusDays(WINDOW);
        LocalDate start = today.plusDays(random.nextInt((int) (windowEnd.toEpochDay() - today.toEpochDay())));
        LocalDate end = start.plusDays(1 + random.nextInt(4));
        end = end.isAfter(windowEnd) ? windowEnd : end;
        Stay stay = new Stay(hotel, rt, start, end, 1 + random.nextInt(3));
        UUID id = UUID.randomUUID();
        boolean fits = model.fits(stay);
        if (crash) {
            probe.crashAt(Point.HOLD_NIGHTS_LOCKED, hotel);
        }
        String outcome = outcome(() -> holds.hold(id, stay, Duration.ofMinutes(random.nextBoolean() ? 1 : 15)));
        if (crash) {
            assertThat(outcome).isEqualTo("SimulatedCrash");
        } else if (fits) {
            assertThat(outcome).startsWith("OK");
            model.held(id, stay, lastHold.hold().expireTime());
        } else {
            assertThat(outcome).isEqualTo("ROOMS_UNAVAILABLE");
        }
        return "hold " + stay + (crash ? " crashing" : "") + " -> " + outcome;
    }

    private HoldResult lastHold;

    private String confirm(LocalDate today) {
        UUID id = model.anyHold(random);
        if (id == null) {
            return "confirm none";
        }
        String expected = model.confirmOutcome(id, today);
        String outcome = outcome(() -> holds.confirm(id));
        assertThat(outcome).isEqualTo(expected);
        if (outcome.equals("OK")) {
            model.confirmed(id);
        }
        return "confirm " + id + " -> " + outcome;
    }

    private String release() {
        UUID id = model.anyHold(random);
        if (id == null) {
            return "release none";
        }
        assertThat(outcome(() -> holds.release(id))).isEqualTo("OK");
        model.released(id);
        return "release " + id;
    }

    private String setRooms(long rt, LocalDate today, Point crashAt) {
        int rooms = random.nextInt(9);
        List<OutOfService> segments = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            LocalDate s = model.day0.plusDays(random.nextInt(WINDOW) - 1);
            segments.add(new OutOfService(s, s.plusDays(1 + random.nextInt(4)), random.nextInt(4)));
        }
        boolean force = random.nextInt(4) == 0;
        boolean refused = !force && model.shortAfterRooms(rt, rooms, segments, today);
        if (crashAt != null) {
            probe.crashAt(crashAt, hotel);
        }
        String outcome = outcome(() -> capacity.setRooms(hotel, rt, "UTC", rooms, segments, force, false));
        if (crashAt != null && !refused) {
            assertThat(outcome).isEqualTo("SimulatedCrash");
        } else {
            assertThat(outcome).isEqualTo(refused ? "CAPACITY_BELOW_RESERVED" : "OK");
            if (!refused) {
                model.setRooms(rt, rooms, segments, today, force);
            }
        }
        return "rooms " + rt + "=" + rooms + " " + segments + (force ? " forced" : "") + (crashAt != null ? " crashing" : "")
                + " -> " + outcome;
    }

    private String setOutOfService(long rt, LocalDate today) {
        LocalDate windowEnd = model.day0.plusDays(WINDOW);
        LocalDate s = today.plusDays(random.nextInt((int) (windowEnd.toEpochDay() - today.toEpochDay())));
        OutOfService window = new OutOfService(s, s.plusDays(1 + random.nextInt(3)), random.nextInt(4));
        boolean force = random.nextInt(4) == 0;
        boolean refused = !force && model.shortAfterRooms(rt, model.rooms.get(rt), List.of(window), today);
        String outcome = outcome(() -> capacity.setOutOfService(hotel, rt, window.start(), window.end(), window.rooms(), force, false));
        assertThat(outcome).isEqualTo(refused ? "CAPACITY_BELOW_RESERVED" : "OK");
        if (!refused) {
            model.setRooms(rt, model.rooms.get(rt), List.of(window), today, force);
        }
        return "out-of-service " + rt + " " + window + (force ? " forced" : "") + " -> " + outcome;
    }

    private String policy(LocalDate today, boolean crash) {
        int percent = random.nextInt(40);
        boolean force = random.nextInt(4) == 0;
        int old = model.percent;
        boolean refused = !force && model.shortAfterPercent(percent, today);
        if (crash) {
            probe.crashAt(Point.POLICY_PROGRESS, hotel);
        }
        String outcome = outcome(() -> policies.setPolicy(hotel, percent, force, false));
        if (outcome.equals("SimulatedCrash")) {
            assertThat(crash).isTrue();
            model.setPercent(Math.max(old, percent), today, false);
        } else {
            assertThat(outcome).isEqualTo(refused ? "CAPACITY_BELOW_RESERVED" : "OK");
            if (!refused) {
                model.setPercent(percent, today, force);
            }
        }
        assertThat(policies.policy(hotel).percent()).isEqualTo(model.percent);
        return "policy " + old + "->" + percent + (force ? " forced" : "") + (crash ? " crashing" : "") + " -> " + outcome;
    }

    /** OK, a refusal's reason, or SimulatedCrash. */
    private String outcome(Supplier<?> call) {
        try {
            Object result = call.get();
            if (result instanceof HoldResult h) {
                lastHold = h;
            }
            return "OK";
        } catch (TestProbe.SimulatedCrash e) {
            return "SimulatedCrash";
        } catch (DomainException e) {
            return e.reason();
        }
    }

    private void check(boolean wholeHorizon) {
        assertThat(db.invariantViolations()).isEmpty();
        LocalDate today = today();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT room_type_id, date, total_inventory, out_of_service, sell_limit, total_reserved, overbooked_floor
                FROM room_type_inventory WHERE hotel_id = ? AND date >= ? AND date < ? ORDER BY room_type_id, date""")) {
            ps.setLong(1, hotel);
            ps.setObject(2, model.day0);
            ps.setObject(3, model.day0.plusDays(WINDOW));
            try (ResultSet rs = ps.executeQuery()) {
                int rows = 0;
                while (rs.next()) {
                    rows++;
                    Model.Night expected = model.night(rs.getLong(1), rs.getObject(2, LocalDate.class));
                    String at = rs.getLong(1) + "/" + rs.getObject(2, LocalDate.class);
                    int reserved = rs.getInt(6);
                    assertThat(reserved).as("reserved %s", at).isEqualTo(model.reserved(rs.getLong(1), rs.getObject(2, LocalDate.class)));
                    assertThat(rs.getInt(4)).as("out of service %s", at).isEqualTo(expected.oos);
                    assertThat(rs.getInt(3)).as("inventory %s", at).isEqualTo(expected.inventory);
                    assertThat(rs.getInt(5)).as("sell limit %s", at).isEqualTo(expected.limit);
                    if (reserved > rs.getInt(5)) {
                        assertThat(expected.forcedOver).as("%s over its limit without a forced change", at).isTrue();
                        assertThat(rs.getInt(7)).as("floor %s", at).isGreaterThanOrEqualTo(reserved);
                    }
                }
                assertThat(rows).isEqualTo(2 * WINDOW);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        if (wholeHorizon) {
            assertThat(db.count("""
                    SELECT count(*) FROM room_type_inventory i JOIN room_type rt USING (hotel_id, room_type_id)
                    WHERE i.hotel_id = ? AND i.date >= ? AND (i.total_inventory <> GREATEST(0, rt.rooms - i.out_of_service)
                       OR i.sell_limit <> i.total_inventory * (100 + rt.applied_percent) / 100 OR rt.applied_percent <> ?)""",
                    hotel, today, model.percent)).as("nights off the formula").isZero();
            assertThat(db.count("SELECT count(*) FROM room_type_inventory WHERE hotel_id = ? AND date >= ? AND date < ?",
                    hotel, today, today.plusDays(730))).isEqualTo(2 * 730);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
