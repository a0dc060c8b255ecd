package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.reservation.repository.PaymentRepository;
import io.staygrid.reservation.v1.CancelReservationRequest;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.CreateReservationResponse;
import io.staygrid.reservation.v1.RejectionReason;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The payment fence: a charge whose run overran its lease (slow processor, GC pause) can never end with the
 * guest charged for nothing, whichever point it stalled at and whoever took the reservation over meanwhile.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class PaymentFenceTest extends GrpcTestBase {

    /** Who acts on the reservation while its live run is stuck in the gateway past its lease. */
    enum Takeover { RECOVERY, CANCEL }

    final ExecutorService pool = Executors.newFixedThreadPool(2);

    @Inject
    PaymentRepository payments;

    @AfterEach
    void stopPool() {
        SlowGateway.reset();
        pool.shutdownNow();
    }

    static Stream<Arguments> stallPoints() {
        return Stream.of(SlowGateway.Mode.values())
                .flatMap(mode -> Stream.of(Takeover.values()).map(takeover -> Arguments.of(mode, takeover)));
    }

    @ParameterizedTest(name = "{0}, then {1}")
    @MethodSource("stallPoints")
    void aChargeStalledPastItsLeaseEndsOnAPaidBookingOrRefundedInFull(SlowGateway.Mode mode, Takeover takeover)
            throws Exception {
        String guest = "guest-fence-" + System.nanoTime();
        CreateReservationRequest request = request(guest, today().plusDays(30), today().plusDays(32), "tok_approve")
                .build();
        String id = request.getReservationId();
        SlowGateway.arm(id, mode);
        Future<CreateReservationResponse> live = pool.submit(() -> api.createReservation(request));
        assertThat(SlowGateway.entered.await(60, TimeUnit.SECONDS)).isTrue();

        // The live run overran its lease inside the gateway call: someone else acts on the reservation.
        expireLeases(id);
        if (takeover == Takeover.RECOVERY) {
            recovery.runOnce();
        } else {
            api.cancelReservation(CancelReservationRequest.newBuilder().setReservationId(id).setGuestId(guest)
                    .setActor(guest(guest)).build());
        }
        SlowGateway.release.countDown();
        awaitLiveRun(live);
        settle(id);

        assertThat(get(id).getStatus()).isNotEqualTo(ReservationStatus.RESERVATION_STATUS_PENDING);
        assertChargeEndsOnAPaidBookingOrRefunded(id);
        assertThat(count("SELECT count(*) FROM payment WHERE reservation_id = '" + id + "'"
                + " AND charge_status IN ('REQUESTED', 'UNKNOWN')")).as("charge settled").isZero();
    }

    @Test
    void aChargeStalledBeforeTheProcessorIsRefusedThereOnceRecoveryHasFencedIt() throws Exception {
        CreateReservationRequest request = request("tok_approve").build();
        String id = request.getReservationId();
        SlowGateway.arm(id, SlowGateway.Mode.SLOW_THEN_CRASH);
        Future<CreateReservationResponse> live = pool.submit(() -> api.createReservation(request));
        assertThat(SlowGateway.entered.await(60, TimeUnit.SECONDS)).isTrue();

        expireLeases(id);
        recovery.runOnce();
        assertThat(get(id).getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_PAYMENT_FAILED);

        SlowGateway.release.countDown();
        awaitLiveRun(live);
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge WHERE reservation_id = '" + id + "'"))
                .as("the late charge was refused by the processor").isZero();
    }

    @Test
    void aChargeThatOutlastsThePaymentDeadlineIsGivenUpBeforeTheLeaseRunsOut() throws Exception {
        CreateReservationRequest request = request("tok_approve").build();
        String id = request.getReservationId();
        SlowGateway.arm(id, SlowGateway.Mode.SLOW_THEN_CHARGE);

        // The test profile's payment deadline is 10 s, the lease 30 s: the live call must come back in between.
        Reservation r = pool.submit(() -> api.createReservation(request)).get(25, TimeUnit.SECONDS).getReservation();

        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PENDING);
        settle(id);
        assertThat(get(id).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REJECTED);
        assertChargeEndsOnAPaidBookingOrRefunded(id);
    }

    @Test
    void anApprovedChargeIsNeverDowngradedByAStalerAnswer() {
        Reservation r = api.createReservation(request("tok_approve").build()).getReservation();
        String where = " WHERE reservation_id = '" + r.getReservationId() + "'";

        // What a run that looked before the capture would write afterwards: it must not win.
        payments.resolved(r.getReservationId(), ChargeResult.NO_CHARGE);
        payments.resolved(r.getReservationId(), ChargeResult.UNKNOWN);
        payments.resolved(r.getReservationId(), ChargeResult.DECLINED);

        assertThat(count("SELECT count(*) FROM payment" + where + " AND charge_status = 'APPROVED'")).isEqualTo(1);
    }

    /** The live call returns, or fails like the crash it simulates; either way it is over. */
    private static void awaitLiveRun(Future<CreateReservationResponse> live) throws Exception {
        try {
            live.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException crashed) {
            // A simulated crash surfaces as INTERNAL to the caller; what matters is what was left behind.
        }
    }
}
