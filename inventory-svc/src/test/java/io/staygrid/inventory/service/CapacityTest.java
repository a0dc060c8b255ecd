package io.staygrid.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.TestInventory.RoomType;
import io.staygrid.inventory.domain.Night;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.support.error.DomainException;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Capacity, maintenance and policy changes: refused below what is sold unless forced, then reported. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class CapacityTest {

    @Inject
    CapacityService capacity;
    @Inject
    PolicyService policies;
    @Inject
    HoldService holds;
    @Inject
    InventoryQueries queries;
    @Inject
    TestInventory db;

    @Test
    void reducingBelowWhatIsReservedIsRefusedThenForcedAndReported() {
        RoomType rt = db.newRoomType(10, 0);
        LocalDate start = TestInventory.today().plusDays(3);
        holds.hold(UUID.randomUUID(), new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(2), 8), Duration.ofMinutes(15));

        assertThatThrownBy(() -> capacity.setRooms(rt.hotelId(), rt.roomTypeId(), "UTC", 6, false, false))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.reason()).isEqualTo("CAPACITY_BELOW_RESERVED");
                    assertThat(e.metadata()).containsEntry("first_date", start.toString()).containsEntry("date_count", "2");
                });
        assertThat(db.night(rt, start).totalInventory()).isEqualTo(10);

        var dryRun = capacity.setRooms(rt.hotelId(), rt.roomTypeId(), "UTC", 6, true, true);
        assertThat(dryRun.overbookedDates()).containsExactly(start, start.plusDays(1));
        assertThat(db.night(rt, start).totalInventory()).isEqualTo(10);

        var forced = capacity.setRooms(rt.hotelId(), rt.roomTypeId(), "UTC", 6, true, false);
        assertThat(forced.overbookedDates()).containsExactly(start, start.plusDays(1));
        assertThat(db.night(rt, start).sellLimit()).isEqualTo(6);
        assertThat(queries.overbooked(rt.hotelId(), 0, 0, "").items()).extracting(Night::date, Night::overbookedRooms)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(start, 2), org.assertj.core.groups.Tuple.tuple(start.plusDays(1), 2));
        assertThatThrownBy(() -> holds.hold(UUID.randomUUID(), new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(1), 1),
                Duration.ofMinutes(15))).hasFieldOrPropertyWithValue("reason", "ROOMS_UNAVAILABLE");
    }

    @Test
    void maintenanceWindowLowersInventoryOnlyOnItsDates() {
        RoomType rt = db.newRoomType(10, 10);
        LocalDate start = TestInventory.today().plusDays(20);

        var change = capacity.setOutOfService(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(3), 4, false, false);

        assertThat(change.overbookedDates()).isEmpty();
        assertThat(db.night(rt, start.minusDays(1)).totalInventory()).isEqualTo(10);
        assertThat(db.night(rt, start).totalInventory()).isEqualTo(6);
        assertThat(db.night(rt, start).outOfService()).isEqualTo(4);
        assertThat(db.night(rt, start).sellLimit()).isEqualTo(6);
        assertThat(db.night(rt, start.plusDays(3)).totalInventory()).isEqualTo(10);

        capacity.setRooms(rt.hotelId(), rt.roomTypeId(), "UTC", 12, false, false);
        assertThat(db.night(rt, start).totalInventory()).isEqualTo(8);
        assertThat(db.night(rt, start.minusDays(1)).totalInventory()).isEqualTo(12);

        capacity.setOutOfService(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(3), 0, false, false);
        assertThat(db.night(rt, start).totalInventory()).isEqualTo(12);
    }

    @Test
    void maintenanceWindowsFollowTheDateRangeRules() {
        RoomType rt = db.newRoomType(10, 10);
        LocalDate today = TestInventory.today();
        assertThatThrownBy(() -> capacity.setOutOfService(rt.hotelId(), rt.roomTypeId(), today.minusDays(1), today.plusDays(1), 1, false, false))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.reason()).isEqualTo("INVALID_DATE_RANGE");
                    assertThat(e.metadata()).containsEntry("rule", "START_IN_PAST");
                });
        assertThatThrownBy(() -> capacity.setOutOfService(rt.hotelId(), 987_654, today, today.plusDays(1), 1, false, false))
                .hasFieldOrPropertyWithValue("reason", "ROOM_TYPE_NOT_FOUND");
    }

    @Test
    void policyChangeRecomputesEverySellLimitFromToday() {
        RoomType rt = db.newRoomType(10, 10);
        LocalDate day = TestInventory.today().plusDays(100);
        assertThat(db.night(rt, day).sellLimit()).isEqualTo(11);

        var change = policies.setPolicy(rt.hotelId(), 25, false, false);

        assertThat(change.policy().percent()).isEqualTo(25);
        assertThat(change.policy().isDefault()).isFalse();
        assertThat(db.night(rt, day).sellLimit()).isEqualTo(12);
        assertThat(db.night(rt, TestInventory.today()).sellLimit()).isEqualTo(12);
        assertThat(policies.policy(rt.hotelId()).percent()).isEqualTo(25);
        assertThat(policies.policy(TestInventory.newId()).isDefault()).isTrue();
    }

    @Test
    void loweringThePolicyBelowWhatIsSoldIsRefusedUnlessForced() {
        RoomType rt = db.newRoomType(10, 10);
        LocalDate start = TestInventory.today().plusDays(7);
        holds.hold(UUID.randomUUID(), new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(1), 10), Duration.ofMinutes(15));
        holds.hold(UUID.randomUUID(), new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(1), 1), Duration.ofMinutes(15));

        assertThatThrownBy(() -> policies.setPolicy(rt.hotelId(), 0, false, false))
                .hasFieldOrPropertyWithValue("reason", "CAPACITY_BELOW_RESERVED");
        assertThat(policies.policy(rt.hotelId()).percent()).isEqualTo(10);
        assertThat(policies.setPolicy(rt.hotelId(), 0, true, false).overbookedNights()).isEqualTo(1);
        assertThat(db.night(rt, start).overbookedRooms()).isEqualTo(1);
    }

    @Test
    void availabilityIsTheMinimumOverTheNightsWithPerNightDetail() {
        RoomType rt = db.newRoomType(5, 0);
        LocalDate start = TestInventory.today().plusDays(2);
        holds.hold(UUID.randomUUID(), new Stay(rt.hotelId(), rt.roomTypeId(), start.plusDays(1), start.plusDays(2), 3), Duration.ofMinutes(15));

        var answer = queries.availability(rt.hotelId(), 0, start, start.plusDays(3), 2, true);
        var availability = answer.roomTypes();

        assertThat(availability).hasSize(1);
        assertThat(availability.get(0).availableRooms()).isEqualTo(2);
        assertThat(availability.get(0).bookable()).isTrue();
        assertThat(availability.get(0).nights()).extracting(Night::totalReserved).containsExactly(0, 3, 0);
        assertThat(queries.occupancy(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(3), false))
                .extracting(Night::totalReserved).containsExactly(0, 3, 0);
        assertThat(answer.today()).as("the hotel's today comes with the answer").isEqualTo(TestInventory.today());
    }
}
