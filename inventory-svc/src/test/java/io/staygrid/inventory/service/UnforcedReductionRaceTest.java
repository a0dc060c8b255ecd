package io.staygrid.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestClock;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.TestInventory.RoomType;
import io.staygrid.inventory.TestProbe;
import io.staygrid.inventory.domain.CapacityChange;
import io.staygrid.inventory.domain.HoldResult;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.inventory.service.InventoryProbe.Point;
import io.staygrid.support.error.DomainException;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An unforced reduction racing holds on the newest night, which a hold inserts after the hotel's midnight while the
 * change runs: the change either refuses or leaves every night within its new limit; it never records an
 * overbooked floor, which only a forced change may do.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class UnforcedReductionRaceTest {

    private static final Duration HOLD = Duration.ofMinutes(15);

    @Inject
    CapacityService capacity;
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
    void aHoldOnTheNewestNightBetweenCheckAndWriteNeverLeavesAnUnforcedReductionOverbooked() throws Exception {
        RoomType rt = db.newRoomType(2, 0);
        clock.move(Duration.ofDays(1));
        LocalDate newest = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(729);
        Stay newestNight = new Stay(rt.hotelId(), rt.roomTypeId(), newest, newest.plusDays(1), 1);
        TestProbe.Stall locked = probe.stallAt(Point.CHANGE_NIGHTS_LOCKED, rt.hotelId());
        TestProbe.Stall checked = probe.stallAt(Point.CHANGE_CHECKED, rt.hotelId());

        CompletableFuture<CapacityChange> reduction = CompletableFuture.supplyAsync(
                () -> capacity.setRooms(rt.hotelId(), rt.roomTypeId(), "UTC", 1, false, false));
        assertThat(locked.awaitReached(Duration.ofSeconds(20))).isTrue();
        // The newest night does not exist yet: this hold inserts it with the old limit (2) and takes one room.
        holds.hold(UUID.randomUUID(), newestNight, HOLD);
        locked.release();
        assertThat(checked.awaitReached(Duration.ofSeconds(20))).isTrue();
        // The change has checked the new limit (1) against 1 reserved room; a second hold now wants the newest night.
        CompletableFuture<HoldResult> late = CompletableFuture.supplyAsync(() -> holds.hold(UUID.randomUUID(), newestNight, HOLD));
        await().atMost(Duration.ofSeconds(20)).until(() -> late.isDone() || waitingForLocks() > 0);
        checked.release();

        Throwable changeOutcome = catchThrowable(() -> reduction.get(30, TimeUnit.SECONDS));
        Throwable lateOutcome = catchThrowable(() -> late.get(30, TimeUnit.SECONDS));
        assertThat(changeOutcome == null || reason(changeOutcome).equals("CAPACITY_BELOW_RESERVED"))
                .as("the reduction applies or refuses: %s", changeOutcome).isTrue();
        assertThat(lateOutcome == null || reason(lateOutcome).equals("ROOMS_UNAVAILABLE"))
                .as("the late hold succeeds or is refused: %s", lateOutcome).isTrue();
        assertThat(db.oversold(rt.hotelId())).as("nights over their limit after an unforced change").isEmpty();
        assertThat(db.count("SELECT count(*) FROM room_type_inventory WHERE hotel_id = ? AND overbooked_floor > 0",
                rt.hotelId())).as("overbooked floors recorded without force").isZero();
        assertThat(db.invariantViolations()).isEmpty();
    }

    private long waitingForLocks() {
        return db.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
    }

    private static String reason(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof DomainException d) {
                return d.reason();
            }
        }
        return String.valueOf(t);
    }
}
