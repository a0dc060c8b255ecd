package io.staygrid.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestClock;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.TestInventory.RoomType;
import io.staygrid.inventory.domain.HoldState;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.support.error.DomainException;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One hold through its life: take, replay, conflict, confirm, release, expire, re-take. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class HoldLifecycleTest {

    private static final Duration HOLD = Duration.ofMinutes(15);

    @Inject
    HoldService holds;
    @Inject
    HoldQueries queries;
    @Inject
    ExpirySweeper sweeper;
    @Inject
    TestInventory db;
    @Inject
    TestClock clock;

    @Test
    void aShortNightRefusesTheWholeStayNamingTheShortNightsAndChangesNothing() {
        RoomType rt = db.newRoomType(2, 0);
        LocalDate start = TestInventory.today().plusDays(5);
        holds.hold(UUID.randomUUID(), new Stay(rt.hotelId(), rt.roomTypeId(), start.plusDays(1), start.plusDays(3), 2), HOLD);
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> holds.hold(id, new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(4), 1), HOLD))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.reason()).isEqualTo("ROOMS_UNAVAILABLE");
                    assertThat(e.metadata()).containsEntry("dates", start.plusDays(1) + "," + start.plusDays(2));
                });
        assertThat(db.night(rt, start).totalReserved()).isZero();
        assertThat(db.night(rt, start.plusDays(3)).totalReserved()).isZero();
        assertThat(db.count("SELECT count(*) FROM inventory_hold WHERE reservation_id = ?", id)).isZero();
    }

    @Test
    void aRetryReplaysTheFirstAnswerAndDifferentParametersConflict() {
        RoomType rt = db.newRoomType(3, 0);
        LocalDate start = TestInventory.today().plusDays(1);
        Stay stay = new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(2), 1);
        UUID id = UUID.randomUUID();

        var first = holds.hold(id, stay, HOLD);
        var again = holds.hold(id, stay, Duration.ofHours(2));

        assertThat(first.replayed()).isFalse();
        assertThat(again.replayed()).isTrue();
        assertThat(again.hold()).isEqualTo(first.hold());
        assertThat(db.night(rt, start).totalReserved()).isEqualTo(1);
        assertThatThrownBy(() -> holds.hold(id, new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(2), 2), HOLD))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.reason()).isEqualTo("HOLD_CONFLICT");
                    assertThat(e.metadata()).containsEntry("field", "rooms");
                });
    }

    @Test
    void confirmAndReleaseAreIdempotentAndReleaseGivesRoomsBack() {
        RoomType rt = db.newRoomType(3, 0);
        LocalDate start = TestInventory.today().plusDays(2);
        UUID id = UUID.randomUUID();
        holds.hold(id, new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(1), 2), HOLD);

        assertThat(holds.confirm(id).state()).isEqualTo(HoldState.CONFIRMED);
        assertThat(holds.confirm(id).state()).isEqualTo(HoldState.CONFIRMED);
        assertThat(holds.confirm(id).expireTime()).isNull();
        assertThat(db.night(rt, start).totalReserved()).isEqualTo(2);
        assertThat(holds.release(id)).get().extracting(h -> h.state()).isEqualTo(HoldState.RELEASED);
        assertThat(holds.release(id)).get().extracting(h -> h.state()).isEqualTo(HoldState.RELEASED);
        assertThat(db.night(rt, start).totalReserved()).isZero();
        assertThatThrownBy(() -> holds.confirm(id)).hasFieldOrPropertyWithValue("reason", "HOLD_RELEASED");
        assertThat(db.invariantViolations()).isEmpty();
    }

    @Test
    void releasingAnIdThatNeverHeldIsRememberedSoALateHoldTakesNothing() {
        RoomType rt = db.newRoomType(3, 0);
        LocalDate start = TestInventory.today().plusDays(2);
        UUID id = UUID.randomUUID();

        assertThat(holds.release(id)).isEmpty();
        assertThat(holds.release(id)).isEmpty();
        assertThatThrownBy(() -> holds.hold(id, new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(1), 1), HOLD))
                .hasFieldOrPropertyWithValue("reason", "HOLD_RELEASED");
        assertThatThrownBy(() -> queries.get(id)).hasFieldOrPropertyWithValue("reason", "HOLD_NOT_FOUND");
        assertThat(db.night(rt, start).totalReserved()).isZero();
    }

    @Test
    void expiryGivesRoomsBackAndConfirmAfterExpiryRetakesThem() {
        RoomType rt = db.newRoomType(1, 0);
        LocalDate start = TestInventory.today().plusDays(4);
        Stay stay = new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(2), 1);
        UUID id = UUID.randomUUID();
        holds.hold(id, stay, Duration.ofDays(365));
        // Expire every other test's holds first (some were taken with a moved clock), so the next sweep can only
        // find this one.
        while (sweeper.sweep(Instant.now().plus(Duration.ofDays(364))) > 0) {
            assertThat(queries.get(id).state()).isEqualTo(HoldState.HELD);
        }
        assertThat(queries.get(id).state()).isEqualTo(HoldState.HELD);
        assertThat(db.night(rt, start).totalReserved()).isEqualTo(1);

        assertThat(sweeper.sweep(Instant.now().plus(Duration.ofDays(365)).plus(Duration.ofMinutes(1)))).isEqualTo(1);

        assertThat(db.night(rt, start).totalReserved()).isZero();
        assertThat(db.night(rt, start.plusDays(1)).totalReserved()).isZero();
        assertThat(queries.get(id).state()).isEqualTo(HoldState.EXPIRED);
        assertThat(holds.hold(id, stay, HOLD).hold().state()).isEqualTo(HoldState.EXPIRED);
        assertThat(holds.confirm(id).state()).isEqualTo(HoldState.CONFIRMED);
        assertThat(db.night(rt, start).totalReserved()).isEqualTo(1);
        assertThat(db.invariantViolations()).isEmpty();
    }

    @Test
    void confirmAfterExpiryFailsClearlyWhenTheRoomsAreGone() {
        RoomType rt = db.newRoomType(1, 0);
        LocalDate start = TestInventory.today().plusDays(4);
        Stay stay = new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(2), 1);
        UUID late = UUID.randomUUID();
        holds.hold(late, stay, Duration.ofMinutes(1));
        sweeper.sweep(Instant.now().plus(Duration.ofMinutes(2)));
        holds.hold(UUID.randomUUID(), new Stay(rt.hotelId(), rt.roomTypeId(), start.plusDays(1), start.plusDays(2), 1), HOLD);

        assertThatThrownBy(() -> holds.confirm(late)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.reason()).isEqualTo("HOLD_EXPIRED_ROOMS_UNAVAILABLE");
            assertThat(e.metadata()).containsEntry("dates", start.plusDays(1).toString());
        });
        assertThat(queries.get(late).state()).isEqualTo(HoldState.EXPIRED);
        assertThat(holds.release(late)).get().extracting(h -> h.state()).isEqualTo(HoldState.RELEASED);
        assertThat(db.invariantViolations()).isEmpty();
    }

    @Test
    void aRetryAfterTheStayStartedReplaysInsteadOfFailingValidation() {
        RoomType rt = db.newRoomType(3, 0);
        LocalDate start = TestInventory.today().plusDays(1);
        Stay stay = new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(2), 1);
        UUID id = UUID.randomUUID();
        var first = holds.hold(id, stay, HOLD);
        try {
            clock.move(Duration.ofDays(3));

            var retry = holds.hold(id, stay, HOLD);

            assertThat(retry.replayed()).isTrue();
            assertThat(retry.hold().reservationId()).isEqualTo(id);
            assertThat(retry.hold().stay()).isEqualTo(first.hold().stay());
            assertThatThrownBy(() -> holds.hold(id, new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(2), 2), HOLD))
                    .hasFieldOrPropertyWithValue("reason", "HOLD_CONFLICT");
            assertThatThrownBy(() -> holds.hold(UUID.randomUUID(), stay, HOLD)).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.reason()).isEqualTo("INVALID_STAY");
                assertThat(e.metadata()).containsEntry("rule", "START_IN_PAST");
            });
        } finally {
            clock.reset();
        }
        assertThat(db.night(rt, start).totalReserved()).isEqualTo(1);
    }

    @Test
    void confirmingAnExpiredHoldWhoseStayStartedDoesNotRetakeRooms() {
        RoomType rt = db.newRoomType(3, 0);
        LocalDate start = TestInventory.today().plusDays(1);
        UUID id = UUID.randomUUID();
        holds.hold(id, new Stay(rt.hotelId(), rt.roomTypeId(), start, start.plusDays(3), 1), Duration.ofMinutes(1));
        sweeper.sweep(Instant.now().plus(Duration.ofMinutes(2)));
        assertThat(queries.get(id).state()).isEqualTo(HoldState.EXPIRED);
        try {
            clock.move(Duration.ofDays(3));

            assertThatThrownBy(() -> holds.confirm(id)).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.kind()).isEqualTo(io.staygrid.support.error.ErrorKind.FAILED_PRECONDITION);
                assertThat(e.reason()).isEqualTo("HOLD_EXPIRED_ROOMS_UNAVAILABLE");
                assertThat(e.metadata()).containsEntry("dates", start + "," + start.plusDays(1));
            });
        } finally {
            clock.reset();
        }
        assertThat(queries.get(id).state()).isEqualTo(HoldState.EXPIRED);
        assertThat(db.night(rt, start).totalReserved()).isZero();
        assertThat(db.night(rt, start.plusDays(2)).totalReserved()).isZero();
        assertThat(db.invariantViolations()).isEmpty();
    }

    @Test
    void invalidStaysChangeNothing() {
        RoomType rt = db.newRoomType(3, 0);
        LocalDate today = TestInventory.today();
        assertRule(new Stay(rt.hotelId(), rt.roomTypeId(), today.plusDays(2), today.plusDays(2), 1), "START_NOT_BEFORE_END");
        assertRule(new Stay(rt.hotelId(), rt.roomTypeId(), today.minusDays(1), today.plusDays(1), 1), "START_IN_PAST");
        assertRule(new Stay(rt.hotelId(), rt.roomTypeId(), today.plusDays(725), today.plusDays(731), 1), "END_BEYOND_HORIZON");
        assertRule(new Stay(rt.hotelId(), rt.roomTypeId(), today, today.plusDays(31), 1), "TOO_MANY_NIGHTS");
        assertRule(new Stay(rt.hotelId(), rt.roomTypeId(), today, today.plusDays(1), 11), "ROOMS_OUT_OF_RANGE");
        assertThatThrownBy(() -> holds.hold(UUID.randomUUID(), new Stay(rt.hotelId(), 999_999, today, today.plusDays(1), 1), HOLD))
                .hasFieldOrPropertyWithValue("reason", "ROOM_TYPE_NOT_FOUND");
        assertThat(db.count("SELECT count(*) FROM inventory_hold WHERE hotel_id = ?", rt.hotelId())).isZero();
        assertThat(db.count("SELECT coalesce(sum(total_reserved), 0) FROM room_type_inventory WHERE hotel_id = ?", rt.hotelId())).isZero();
    }

    @Test
    void aStayMayEndExactlyAtTheHorizonEnd() {
        RoomType rt = db.newRoomType(3, 0);
        LocalDate today = TestInventory.today();
        var hold = holds.hold(UUID.randomUUID(), new Stay(rt.hotelId(), rt.roomTypeId(), today.plusDays(728), today.plusDays(730), 1), HOLD);
        assertThat(hold.hold().state()).isEqualTo(HoldState.HELD);
        assertThat(db.night(rt, today.plusDays(729)).totalReserved()).isEqualTo(1);
    }

    private void assertRule(Stay stay, String rule) {
        assertThatThrownBy(() -> holds.hold(UUID.randomUUID(), stay, HOLD)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.reason()).isEqualTo("INVALID_STAY");
            assertThat(e.metadata()).containsEntry("rule", rule);
        });
    }
}
