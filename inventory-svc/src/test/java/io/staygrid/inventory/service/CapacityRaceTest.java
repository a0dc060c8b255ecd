package io.staygrid.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestClock;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.TestInventory.RoomType;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Capacity and policy changes racing the writers that insert nights (the horizon job, a hold that adds the
 * newest night after the hotel's midnight): no deadlock, no error, and no night keeps a stale sell limit.
 * Each round moves the clock one day, so every writer has the same new night to insert.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class CapacityRaceTest {

    private static final int ROUNDS = 12;

    @Inject
    CapacityService capacity;
    @Inject
    PolicyService policies;
    @Inject
    HoldService holds;
    @Inject
    HorizonJob horizon;
    @Inject
    TestClock clock;
    @Inject
    TestInventory db;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void horizonExtensionAndHoldsRacingCapacityChangesNeverDeadlock() throws Exception {
        RoomType a = db.newRoomType(8, 10);
        RoomType b = new RoomType(a.hotelId(), TestInventory.newId());
        capacity.setRooms(b.hotelId(), b.roomTypeId(), "UTC", 6, false, false);
        long deadlocksBefore = db.deadlocks();
        List<Throwable> errors = new ArrayList<>();

        for (int round = 0; round < ROUNDS; round++) {
            clock.move(Duration.ofDays(1));
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            int r = round;
            List<Callable<Object>> writers = List.of(
                    () -> horizon.extendTo(clock.instant()),
                    () -> capacity.setOutOfService(a.hotelId(), a.roomTypeId(), today.plusDays(700), today.plusDays(729), r % 3,
                            false, false),
                    () -> capacity.setRooms(b.hotelId(), b.roomTypeId(), "UTC", 6 + r % 2, false, false),
                    // The newest night is missing: the hold adds it while holding the night before.
                    () -> holds.hold(UUID.randomUUID(), new Stay(a.hotelId(), a.roomTypeId(), today.plusDays(727),
                            today.plusDays(730), 1), Duration.ofMinutes(15)),
                    () -> holds.hold(UUID.randomUUID(), new Stay(b.hotelId(), b.roomTypeId(), today.plusDays(728),
                            today.plusDays(730), 1), Duration.ofMinutes(15)));
            HoldRaceTest.race(writers.size(), i -> () -> {
                try {
                    writers.get(i).call();
                } catch (RuntimeException e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                }
                return null;
            });
        }

        // A deadlock would surface as INVENTORY_BUSY (or INTERNAL before the fix): no refusal at all is expected.
        assertThat(errors).isEmpty();
        assertThat(db.deadlocks()).isEqualTo(deadlocksBefore);
        assertThat(db.invariantViolations()).isEmpty();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assertThat(db.count("SELECT count(*) FROM room_type_inventory WHERE hotel_id = ? AND date >= ?", a.hotelId(), today))
                .isEqualTo(2 * 730);
    }

    @Test
    void policyChangesRacingHorizonExtensionLeaveEveryNightAtTheFinalPercent() throws Exception {
        RoomType a = db.newRoomType(10, 10);
        RoomType b = new RoomType(a.hotelId(), TestInventory.newId());
        capacity.setRooms(b.hotelId(), b.roomTypeId(), "UTC", 7, false, false);
        List<Throwable> errors = new ArrayList<>();

        for (int round = 0; round < ROUNDS; round++) {
            clock.move(Duration.ofDays(1));
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            int percent = 20 + 5 * round;
            List<Callable<Object>> writers = List.of(
                    () -> horizon.extendTo(clock.instant()),
                    () -> policies.setPolicy(a.hotelId(), percent, false, false),
                    () -> holds.hold(UUID.randomUUID(), new Stay(b.hotelId(), b.roomTypeId(), today.plusDays(728),
                            today.plusDays(730), 1), Duration.ofMinutes(15)),
                    () -> horizon.extendTo(clock.instant()));
            HoldRaceTest.race(writers.size(), i -> () -> {
                try {
                    writers.get(i).call();
                } catch (RuntimeException e) {
                    synchronized (errors) {
                        errors.add(e);
                    }
                }
                return null;
            });
            assertThat(staleNights(a.hotelId(), today)).as("round %d", round).isZero();
        }

        assertThat(errors).isEmpty();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        assertThat(db.count("SELECT count(*) FROM room_type_inventory WHERE hotel_id = ? AND date >= ?", a.hotelId(), today))
                .isEqualTo(2 * 730);
        assertThat(db.night(a, today.plusDays(729)).sellLimit()).isEqualTo(10 * (100 + 20 + 5 * (ROUNDS - 1)) / 100);
    }

    /** Nights from today whose sell limit is not the one the hotel's current percent gives. */
    private long staleNights(long hotelId, LocalDate today) {
        return db.count("""
                SELECT count(*) FROM room_type_inventory i JOIN hotel h ON h.hotel_id = i.hotel_id
                WHERE i.hotel_id = ? AND i.date >= ?
                  AND i.sell_limit <> i.total_inventory * (100 + COALESCE(h.overbooking_percent, 10)) / 100
                """, hotelId, today);
    }
}
