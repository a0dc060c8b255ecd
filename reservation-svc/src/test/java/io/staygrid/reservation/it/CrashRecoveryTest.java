package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.v1.HoldState;
import io.staygrid.reservation.service.BookingSaga;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.RejectionReason;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.testing.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import io.staygrid.reservation.service.RecoveryJob;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** A crash between any two saga steps is finished by the recovery job: paid and confirmed, or nothing kept. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class CrashRecoveryTest extends GrpcTestBase {

    String crashAfter(BookingSaga.Step step, String token) {
        CreateReservationRequest request = request(token).build();
        CrashingObserver.crashAfter = step;
        StatusRuntimeException crash = catchThrowableOfType(StatusRuntimeException.class,
                () -> api.createReservation(request));
        CrashingObserver.crashAfter = null;
        assertThat(crash.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
        return request.getReservationId();
    }

    @ParameterizedTest
    @EnumSource(value = BookingSaga.Step.class, names = {"RECORDED", "HELD", "CHARGED", "PAID"})
    void crashAfterAStepIsDrivenForwardToPaidWithOneHoldAndOneCharge(BookingSaga.Step step) {
        String id = crashAfter(step, "tok_approve");
        assertThat(get(id).getStatus()).isEqualTo(step == BookingSaga.Step.PAID
                ? ReservationStatus.RESERVATION_STATUS_PAID : ReservationStatus.RESERVATION_STATUS_PENDING);

        expireLeases(id);
        recovery.runOnce();

        Reservation r = get(id);
        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
        assertThat(r.getNeedsAttention()).isFalse();
        assertThat(Downstreams.INVENTORY.state(id)).isEqualTo(HoldState.HOLD_STATE_CONFIRMED);
        assertThat(Downstreams.INVENTORY.takesById).containsEntry(id, 1);
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge WHERE reservation_id = '" + id + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM reservation WHERE hold_confirmed AND reservation_id = '" + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void crashAfterRecordingTheChargeButBeforeTheGatewayEndsRejectedWithTheHoldReleased() {
        String id = crashAfter(BookingSaga.Step.CHARGE_REQUESTED, "tok_approve");

        expireLeases(id);
        recovery.runOnce();

        Reservation r = get(id);
        assertThat(r.getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_PAYMENT_FAILED);
        assertThat(Downstreams.INVENTORY.state(id)).isEqualTo(HoldState.HOLD_STATE_RELEASED);
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge WHERE reservation_id = '" + id + "'")).isZero();
    }

    @Test
    void crashAfterADeclineIsRejectedAndReleasedByRecovery() {
        String id = crashAfter(BookingSaga.Step.HELD, "tok_decline");

        expireLeases(id);
        recovery.runOnce();

        assertThat(get(id).getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_PAYMENT_DECLINED);
        assertThat(Downstreams.INVENTORY.state(id)).isEqualTo(HoldState.HOLD_STATE_RELEASED);
    }

    @Test
    void recoveryUntilTheLeaseRunsOutLeavesALiveSagaAlone() {
        String id = crashAfter(BookingSaga.Step.HELD, "tok_approve");

        recovery.runOnce();

        assertThat(get(id).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PENDING);
    }

    @Test
    void fourRecoveryInstancesAtOnceFinishEveryStuckReservationExactlyOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(crashAfter(BookingSaga.Step.HELD, "tok_approve"));
        }
        expireLeases(ids.toArray(String[]::new));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RecoveryJob instance = recovery.asAnotherInstance();
            runs.add(pool.submit(() -> {
                start.await();
                return instance.runOnce();
            }));
        }
        start.countDown();
        int worked = 0;
        for (Future<Integer> run : runs) {
            worked += run.get();
        }
        pool.shutdown();

        assertThat(worked).isGreaterThanOrEqualTo(ids.size());
        for (String id : ids) {
            assertThat(get(id).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
            assertThat(count("SELECT count(*) FROM sandbox_gateway_charge WHERE reservation_id = '" + id + "'"))
                    .isEqualTo(1);
            assertThat(count("SELECT count(*) FROM saga_step_log WHERE step = 'CHARGE' AND outcome LIKE 'requested%'"
                    + " AND reservation_id = '" + id + "'")).isEqualTo(1);
            // Driven exactly once: claimed by one instance once, one HoldRooms by the live run + one by recovery.
            assertThat(count("SELECT recovery_attempts FROM reservation WHERE reservation_id = '" + id + "'"))
                    .isEqualTo(1);
            assertThat(Downstreams.INVENTORY.holdCallsById).containsEntry(id, 2);
            assertThat(count("SELECT count(*) FROM reservation_event WHERE to_status = 'PAID' AND from_status = 'PENDING'"
                    + " AND reservation_id = '" + id + "'")).isEqualTo(1);
        }
    }
}
