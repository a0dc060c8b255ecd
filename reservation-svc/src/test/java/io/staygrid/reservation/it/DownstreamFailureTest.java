package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.reservation.v1.CancelReservationRequest;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.PrepareReservationRequest;
import io.staygrid.reservation.v1.RejectionReason;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A downstream failure is read for what it is: unknown outcomes wait for recovery, refusals are refusals. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class DownstreamFailureTest extends GrpcTestBase {

    @AfterEach
    void stopRacing() {
        RacingCancellationStore.racesToLose.set(0);
    }

    @ParameterizedTest
    @EnumSource(value = Status.Code.class, names = {"INTERNAL", "UNKNOWN", "RESOURCE_EXHAUSTED", "ABORTED", "CANCELLED"})
    void aHoldFailureThatIsNoRefusalLeavesTheBookingPendingForRecoveryNeverSoldOut(Status.Code code) {
        Downstreams.INVENTORY.holdError = Status.fromCode(code).withDescription("connection lost").asRuntimeException();

        Reservation pending = api.createReservation(request("tok_approve").build()).getReservation();

        assertThat(pending.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PENDING);
        Downstreams.INVENTORY.holdError = null;
        settle(pending.getReservationId());
        assertThat(get(pending.getReservationId()).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
    }

    @Test
    void aRefusalFromPricingWhenRepricingAnExpiredQuoteRejectsPriceChangedInsteadOfAskingToRetry() {
        Downstreams.PRICING.quoteError = StandInPricing.refusal(ErrorKind.INVALID_ARGUMENT, "INVALID_FIELD");
        CreateReservationRequest.Builder request = request("tok_approve");
        var expired = Downstreams.PRICING.issue(HOTEL, ROOM_TYPE, today().plusDays(30), today().plusDays(32), 1,
                Instant.now().minusSeconds(1));

        Reservation r = api.createReservation(request.setQuoteId(expired.getQuoteId()).build()).getReservation();

        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REJECTED);
        assertThat(r.getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_PRICE_CHANGED);
    }

    @Test
    void aRefusalFromPricingWhenPreparingIsAFailedPreconditionNotUnavailable() {
        Downstreams.PRICING.quoteError = StandInPricing.refusal(ErrorKind.INVALID_ARGUMENT, "INVALID_FIELD");

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> api.prepareReservation(
                PrepareReservationRequest.newBuilder().setHotelId(HOTEL).setRoomTypeId(ROOM_TYPE)
                        .setStartDate(ProtoTime.toProto(today().plusDays(30)))
                        .setEndDate(ProtoTime.toProto(today().plusDays(32))).setRooms(1).build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(GrpcErrors.reason(e)).isEqualTo("STAY_NOT_PRICEABLE");
    }

    @Test
    void aCancelThatKeepsLosingRacesAnswersAbortedSoTheCallerRetries() {
        String guest = "guest-racing-" + System.nanoTime();
        Reservation paid = api.createReservation(request(guest, today().plusDays(30), today().plusDays(32),
                "tok_approve").build()).getReservation();
        RacingCancellationStore.racesToLose.set(1000);

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> api.cancelReservation(
                CancelReservationRequest.newBuilder().setReservationId(paid.getReservationId()).setGuestId(guest)
                        .setActor(guest(guest)).build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
        assertThat(GrpcErrors.reason(e)).isEqualTo("CONCURRENT_CHANGE");
        assertThat(get(paid.getReservationId()).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
    }
}
