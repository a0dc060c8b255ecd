package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.v1.HoldState;
import io.staygrid.reservation.domain.CancellationPolicy;
import io.staygrid.reservation.service.PolicyService;
import io.staygrid.reservation.v1.CancelReservationRequest;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.CreateReservationResponse;
import io.staygrid.reservation.v1.RejectionReason;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Races of the saga with recovery and cancel, permanent downstream errors, and concurrent policy updates. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class SagaRaceTest extends GrpcTestBase {

    final ExecutorService pool = Executors.newFixedThreadPool(2);

    @Inject
    PolicyService policies;

    @AfterEach
    void stopPool() {
        SlowGateway.reset();
        pool.shutdownNow();
    }

    Reservation cancel(String id, String guestId) {
        return api.cancelReservation(CancelReservationRequest.newBuilder().setReservationId(id).setGuestId(guestId)
                .setActor(guest(guestId)).build()).getReservation();
    }

    @Test
    void recoveryTakingOverDuringASlowChargeLeavesOnePaidBookingWithNoRefundAndNoRelease() throws Exception {
        CreateReservationRequest request = request("tok_approve").build();
        String id = request.getReservationId();
        SlowGateway.arm(id, SlowGateway.Mode.SLOW_ANSWER);
        Future<CreateReservationResponse> live = pool.submit(() -> api.createReservation(request));
        assertThat(SlowGateway.entered.await(60, TimeUnit.SECONDS)).isTrue();

        // The live run overran its lease inside the gateway call: a recovery instance takes over and finishes.
        expireLeases(id);
        recovery.runOnce();
        assertThat(get(id).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);

        SlowGateway.release.countDown();
        assertThat(live.get(60, TimeUnit.SECONDS).getReservation().getStatus())
                .isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);

        String where = " WHERE reservation_id = '" + id + "'";
        assertThat(get(id).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge" + where + " AND refunded_minor IS NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM compensation_task" + where)).isZero();
        assertThat(Downstreams.INVENTORY.released).doesNotContain(id);
        assertThat(Downstreams.INVENTORY.state(id)).isEqualTo(HoldState.HOLD_STATE_CONFIRMED);
    }

    @Test
    void cancelWhileTheChargeIsInFlightThenACrashBeforePaidStillRefundsTheWholeCharge() throws Exception {
        String guest = "guest-race-" + System.nanoTime();
        CreateReservationRequest request = request(guest, today().plusDays(30), today().plusDays(32), "tok_approve")
                .build();
        String id = request.getReservationId();
        SlowGateway.arm(id, SlowGateway.Mode.SLOW_THEN_CRASH);
        Future<CreateReservationResponse> live = pool.submit(() -> api.createReservation(request));
        assertThat(SlowGateway.entered.await(60, TimeUnit.SECONDS)).isTrue();

        assertThat(cancel(id, guest).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_CANCELED);
        String where = " WHERE reservation_id = '" + id + "'";
        // The charge may still land: the refund must not be settled as "nothing to refund" yet.
        assertThat(count("SELECT count(*) FROM compensation_task" + where + " AND task = 'REFUND' AND done_time IS NULL"))
                .isEqualTo(1);

        SlowGateway.release.countDown();
        StatusRuntimeException crash = catchThrowableOfType(StatusRuntimeException.class,
                () -> {
                    try {
                        live.get(60, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw e.getCause();
                    }
                });
        assertThat(crash.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge" + where + " AND outcome = 'APPROVED'"))
                .isEqualTo(1);

        expireLeases(id);
        recovery.runOnce();

        assertThat(get(id).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_CANCELED);
        assertThat(count("SELECT refunded_minor FROM sandbox_gateway_charge" + where))
                .isEqualTo(count("SELECT amount_minor FROM reservation" + where));
        assertThat(count("SELECT count(*) FROM payment" + where + " AND charge_status = 'APPROVED'")).isEqualTo(1);
        assertThat(Downstreams.INVENTORY.released).contains(id);
    }

    @Test
    void aPermanentHoldErrorRejectsAtOnceInsteadOfLeavingThePendingForever() {
        Downstreams.INVENTORY.holdError = StandInInventory.error(ErrorKind.FAILED_PRECONDITION, "HOLD_TOO_LONG");

        Reservation r = api.createReservation(request("tok_approve").build()).getReservation();

        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REJECTED);
        assertThat(r.getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_ROOMS_UNAVAILABLE);
        assertThat(Downstreams.INVENTORY.released).contains(r.getReservationId());
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge WHERE reservation_id = '"
                + r.getReservationId() + "'")).isZero();
    }

    @Test
    void aReservationStillUnfinishedAfterMaxRecoveryAttemptsIsFlaggedStuckAndNoLongerClaimed() {
        Downstreams.INVENTORY.down = true;
        String id = api.createReservation(request("tok_approve").build()).getReservation().getReservationId();
        String attempts = "SELECT recovery_attempts FROM reservation WHERE reservation_id = '" + id + "'";

        for (int i = 0; i < 3; i++) {    // %test max-attempts = 3
            expireLeases(id);
            recovery.runOnce();
        }
        assertThat(get(id).getNeedsAttention()).isFalse();
        expireLeases(id);
        recovery.runOnce();

        Reservation r = get(id);
        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PENDING);
        assertThat(r.getNeedsAttention()).isTrue();
        assertThat(r.getAttentionReason()).isEqualTo("STUCK");
        assertThat(count(attempts)).isEqualTo(3);
        expireLeases(id);
        recovery.runOnce();
        assertThat(count(attempts)).isEqualTo(3);
    }

    @Test
    void cancellingAPaidBookingWhoseRoomsWereLostRefundsInFullWithoutPenalty() {
        Downstreams.INVENTORY.roomsLostOnConfirm = true;
        String guest = "guest-lost-" + System.nanoTime();
        // Hotel 77 has the default policy (3 free days, 1 penalty night): tomorrow would normally cost a night.
        Reservation paid = api.createReservation(request(guest, 77, today().plusDays(1), today().plusDays(3),
                "tok_approve").build()).getReservation();
        assertThat(paid.getAttentionReason()).isEqualTo("HOLD_LOST_AFTER_PAYMENT");

        Reservation r = cancel(paid.getReservationId(), guest);

        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REFUNDED);
        assertThat(r.getRefundedAmount()).isEqualTo(paid.getAmount());
        assertThat(count("SELECT refunded_minor FROM sandbox_gateway_charge WHERE reservation_id = '"
                + paid.getReservationId() + "'")).isEqualTo(20000);
    }

    @Test
    void twoConcurrentPartialPolicyUpdatesOfDifferentFieldsBothStick() throws Exception {
        long hotel = 4242;
        for (int round = 1; round <= 30; round++) {
            int value = round;
            CountDownLatch start = new CountDownLatch(1);
            Future<?> days = pool.submit(() -> {
                start.await();
                return policies.update(hotel, Optional.of(value), Optional.empty(), Optional.empty());
            });
            Future<?> nights = pool.submit(() -> {
                start.await();
                return policies.update(hotel, Optional.empty(), Optional.of(value), Optional.empty());
            });
            start.countDown();
            days.get(30, TimeUnit.SECONDS);
            nights.get(30, TimeUnit.SECONDS);

            CancellationPolicy stored = policies.get(hotel);
            assertThat(stored.freeCancellationDays()).as("round %d", round).isEqualTo(value);
            assertThat(stored.penaltyNights()).as("round %d", round).isEqualTo(value);
        }
    }
}
