package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.v1.HoldState;
import io.staygrid.reservation.v1.CancelReservationRequest;
import io.staygrid.reservation.v1.RejectionReason;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.testing.PostgresResource;
import org.junit.jupiter.api.Test;

/** A PAID reservation is never left without confirmed rooms, and no guest pays a penalty for rooms not had. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class ConfirmAfterPaymentTest extends GrpcTestBase {

    static final int MAX_ATTEMPTS = 3;  // %test staygrid.reservation.recovery.max-attempts

    @Test
    void aPaidBookingWhoseConfirmKeepsFailingIsStillRetriedPastTheAttemptLimitUntilConfirmed() {
        Downstreams.INVENTORY.confirmError = Status.INTERNAL.withDescription("pool exhausted").asRuntimeException();
        String id = api.createReservation(request("tok_approve").build()).getReservation().getReservationId();
        assertThat(get(id).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);

        for (int i = 0; i < MAX_ATTEMPTS + 3; i++) {
            expireLeases(id);
            recovery.runOnce();
        }
        Reservation flagged = get(id);
        assertThat(flagged.getAttentionReason()).as("flagged for staff, not abandoned").isEqualTo("STUCK");
        assertThat(count("SELECT recovery_attempts FROM reservation WHERE reservation_id = '" + id + "'"))
                .as("still claimed after the limit").isGreaterThan(MAX_ATTEMPTS);

        Downstreams.INVENTORY.confirmError = null;
        expireLeases(id);
        recovery.runOnce();

        Reservation confirmed = get(id);
        assertThat(confirmed.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
        assertThat(Downstreams.INVENTORY.state(id)).isEqualTo(HoldState.HOLD_STATE_CONFIRMED);
        assertThat(count("SELECT count(*) FROM reservation WHERE hold_confirmed AND reservation_id = '" + id + "'"))
                .isEqualTo(1);
        assertThat(confirmed.getNeedsAttention()).as("the STUCK flag is lifted once confirmed").isFalse();
    }

    @Test
    void cancellingAPaidBookingWhoseRoomsWereNeverConfirmedRefundsInFullWithoutPenalty() {
        Downstreams.INVENTORY.confirmError = Status.UNAVAILABLE.asRuntimeException();
        String guest = "guest-unconfirmed-" + System.nanoTime();
        // Hotel 78 has the default policy (3 free days, 1 penalty night): tomorrow would normally cost a night.
        Reservation paid = api.createReservation(request(guest, 78, today().plusDays(1), today().plusDays(3),
                "tok_approve").build()).getReservation();
        for (int i = 0; i < MAX_ATTEMPTS + 1; i++) {
            expireLeases(paid.getReservationId());
            recovery.runOnce();
        }
        assertThat(get(paid.getReservationId()).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);

        Reservation r = api.cancelReservation(CancelReservationRequest.newBuilder()
                .setReservationId(paid.getReservationId()).setGuestId(guest).setActor(guest(guest)).build())
                .getReservation();

        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REFUNDED);
        assertThat(r.getRefundedAmount()).isEqualTo(paid.getAmount());
        assertThat(count("SELECT refunded_minor FROM sandbox_gateway_charge WHERE reservation_id = '"
                + paid.getReservationId() + "'")).isEqualTo(20000);
    }

    @Test
    void aTimedOutChargeSettledAfterTheHoldRanOutAndItsRoomsWereSoldIsRefundedInFull() {
        String id = api.createReservation(request("tok_timeout").build()).getReservation().getReservationId();
        assertThat(get(id).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PENDING);
        // Recovery comes back long after the payment timeout: the hold expired and the last rooms were sold.
        Downstreams.INVENTORY.expire(id);
        Downstreams.INVENTORY.roomsLeft = 0;

        settle(id);

        Reservation r = get(id);
        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REJECTED);
        assertThat(r.getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_HOLD_EXPIRED);
        assertThat(count("SELECT refunded_minor FROM sandbox_gateway_charge WHERE reservation_id = '" + id + "'"))
                .isEqualTo(count("SELECT amount_minor FROM reservation WHERE reservation_id = '" + id + "'"));
        assertChargeEndsOnAPaidBookingOrRefunded(id);
    }

    @Test
    void aTimedOutChargeSettledAfterTheHoldRanOutTakesTheRoomsAgainWhenTheyAreStillFree() {
        String id = api.createReservation(request("tok_timeout").build()).getReservation().getReservationId();
        Downstreams.INVENTORY.expire(id);

        settle(id);

        assertThat(get(id).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
        assertThat(Downstreams.INVENTORY.state(id)).isEqualTo(HoldState.HOLD_STATE_CONFIRMED);
        assertChargeEndsOnAPaidBookingOrRefunded(id);
    }
}
