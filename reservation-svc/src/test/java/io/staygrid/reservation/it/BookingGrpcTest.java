package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.v1.HoldState;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.CreateReservationResponse;
import io.staygrid.reservation.v1.PrepareReservationRequest;
import io.staygrid.reservation.v1.PrepareReservationResponse;
import io.staygrid.reservation.v1.RejectionReason;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** CreateReservation and PrepareReservation over gRPC, against PostgreSQL and stand-in inventory and pricing. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class BookingGrpcTest extends GrpcTestBase {

    @Test
    void prepareThenCreateEndsPaidWithTheQuotedTotalAndConfirmedRooms() {
        PrepareReservationResponse prepared = api.prepareReservation(PrepareReservationRequest.newBuilder()
                .setHotelId(HOTEL).setRoomTypeId(ROOM_TYPE).setStartDate(ProtoTime.toProto(today().plusDays(10)))
                .setEndDate(ProtoTime.toProto(today().plusDays(13))).build());
        assertThat(prepared.getReservationId()).matches("[0-9a-f-]{36}");
        assertThat(prepared.getNightsCount()).isEqualTo(3);

        CreateReservationResponse created = api.createReservation(CreateReservationRequest.newBuilder()
                .setReservationId(prepared.getReservationId()).setGuestId("ana").setHotelId(HOTEL)
                .setRoomTypeId(ROOM_TYPE).setStartDate(ProtoTime.toProto(today().plusDays(10)))
                .setEndDate(ProtoTime.toProto(today().plusDays(13))).setQuoteId(prepared.getQuoteId())
                .setPaymentToken("tok_approve").setActor(guest("ana")).build());

        Reservation r = created.getReservation();
        assertThat(created.getReplayed()).isFalse();
        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
        assertThat(r.getAmount()).isEqualTo(prepared.getTotal());
        assertThat(r.getGuests()).isEqualTo(1);
        assertThat(r.getCancellationPolicy().getFreeCancellationDays()).isEqualTo(3);
        assertThat(Downstreams.INVENTORY.state(r.getReservationId())).isEqualTo(HoldState.HOLD_STATE_CONFIRMED);
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge WHERE outcome = 'APPROVED' AND reservation_id = '"
                + r.getReservationId() + "'")).isEqualTo(1);
    }

    @Test
    void soldOutEndsRejectedWithNoRoomsHeldAndNoMoneyTaken() {
        Downstreams.INVENTORY.roomsLeft = 0;
        Reservation r = api.createReservation(request("tok_approve").build()).getReservation();

        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REJECTED);
        assertThat(r.getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_ROOMS_UNAVAILABLE);
        assertThat(Downstreams.INVENTORY.released).contains(r.getReservationId());
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge WHERE reservation_id = '"
                + r.getReservationId() + "'")).isZero();
    }

    @Test
    void declinedPaymentEndsRejectedAndGivesTheRoomsBack() {
        Reservation r = api.createReservation(request("tok_decline").build()).getReservation();

        assertThat(r.getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_PAYMENT_DECLINED);
        assertThat(Downstreams.INVENTORY.state(r.getReservationId())).isEqualTo(HoldState.HOLD_STATE_RELEASED);
        assertThat(Downstreams.INVENTORY.roomsLeft).isEqualTo(1000);
    }

    @Test
    void expiredQuoteWhosePriceChangedEndsRejectedPriceChanged() {
        var quote = Downstreams.PRICING.issue(HOTEL, ROOM_TYPE, today().plusDays(5), today().plusDays(6), 1,
                Instant.now().minusSeconds(5));
        Downstreams.PRICING.nightlyMinor = 15000;

        Reservation r = api.createReservation(request("tok_approve").setStartDate(ProtoTime.toProto(today().plusDays(5)))
                .setEndDate(ProtoTime.toProto(today().plusDays(6))).setQuoteId(quote.getQuoteId()).build()).getReservation();

        assertThat(r.getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_PRICE_CHANGED);
        assertThat(Downstreams.INVENTORY.holdCalls).hasValue(0);
    }

    @Test
    void sameIdWithADifferentBodyIsAConflictAndTheSameBodyIsReplayed() {
        CreateReservationRequest first = request("tok_approve").build();
        api.createReservation(first);

        CreateReservationResponse again = api.createReservation(first.toBuilder().setActor(guest("someone-else")).build());
        StatusRuntimeException conflict = catchThrowableOfType(StatusRuntimeException.class,
                () -> api.createReservation(first.toBuilder().setRooms(2).build()));

        assertThat(again.getReplayed()).isTrue();
        assertThat(again.getReservation().getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
        assertThat(conflict.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(GrpcErrors.reason(conflict)).isEqualTo("RESERVATION_ID_CONFLICT");
        assertThat(Downstreams.INVENTORY.takesById).containsEntry(first.getReservationId(), 1);
    }

    @Test
    void malformedInputIsInvalidArgumentWithTheFieldsReason() {
        assertReason(request("tok_approve").setReservationId("NOT-A-UUID"), "INVALID_RESERVATION_ID");
        assertReason(request("tok_approve").setEndDate(ProtoTime.toProto(today().plusDays(30))), "INVALID_STAY");
        assertReason(request("tok_approve").setRooms(11), "INVALID_ROOMS");
        assertReason(request("tok_approve").setGuests(11), "INVALID_GUESTS");
        assertReason(request("tok_approve").setPaymentToken(""), "INVALID_PAYMENT_TOKEN");
        assertReason(request("tok_approve").clearActor(), "INVALID_ACTOR");
        assertReason(request("tok_approve").setQuoteId("nope"), "INVALID_QUOTE_ID");
    }

    @Test
    void pricingDownIsUnavailableWithNothingRecorded() {
        CreateReservationRequest req = request("tok_approve").build();
        Downstreams.PRICING.down = true;

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> api.createReservation(req));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GrpcErrors.reason(e)).isEqualTo("PRICING_UNAVAILABLE");
        assertThat(count("SELECT count(*) FROM reservation WHERE reservation_id = '" + req.getReservationId() + "'")).isZero();
    }

    @Test
    void inventoryDownLeavesPendingAndTheRecoveryJobFinishesItWhenInventoryIsBack() {
        Downstreams.INVENTORY.down = true;
        Reservation pending = api.createReservation(request("tok_approve").build()).getReservation();
        assertThat(pending.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PENDING);

        Downstreams.INVENTORY.down = false;
        expireLeases(pending.getReservationId());
        recovery.runOnce();

        assertThat(get(pending.getReservationId()).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
    }

    @Test
    void paymentTimeoutStaysPendingUntilTheRecoveryJobAsksTheGatewayThenPaid() {
        Reservation pending = api.createReservation(request("tok_timeout").build()).getReservation();
        assertThat(pending.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PENDING);

        expireLeases(pending.getReservationId());
        recovery.runOnce();

        Reservation r = get(pending.getReservationId());
        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
        assertThat(Downstreams.INVENTORY.state(r.getReservationId())).isEqualTo(HoldState.HOLD_STATE_CONFIRMED);
    }

    @Test
    void paymentTimeoutWithoutAChargeEndsRejectedPaymentFailedWithTheHoldReleased() {
        Reservation pending = api.createReservation(request("tok_timeout_decline").build()).getReservation();

        expireLeases(pending.getReservationId());
        recovery.runOnce();

        Reservation r = get(pending.getReservationId());
        assertThat(r.getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_PAYMENT_FAILED);
        assertThat(Downstreams.INVENTORY.state(r.getReservationId())).isEqualTo(HoldState.HOLD_STATE_RELEASED);
    }

    @Test
    void roomsLostAfterPaymentAreRefundedInFullAtOnceAndFlaggedForStaff() {
        Downstreams.INVENTORY.roomsLostOnConfirm = true;
        Reservation r = api.createReservation(request("tok_approve").build()).getReservation();

        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REFUNDED);
        assertThat(r.getRefundedAmount()).isEqualTo(r.getAmount());
        assertThat(r.getNeedsAttention()).isTrue();
        assertThat(r.getAttentionReason()).isEqualTo("HOLD_LOST_AFTER_PAYMENT");
        assertThat(count("SELECT refunded_minor FROM sandbox_gateway_charge WHERE reservation_id = '"
                + r.getReservationId() + "'")).isEqualTo(count("SELECT amount_minor FROM reservation"
                + " WHERE reservation_id = '" + r.getReservationId() + "'"));
    }

    @Test
    void holdReleaseThatFailedIsRetriedByTheRecoveryJob() {
        Reservation r = api.createReservation(request("tok_decline").build()).getReservation();
        // The decline's release went through; simulate one that did not by re-arming it while inventory is down.
        sql("UPDATE compensation_task SET done_time = NULL WHERE reservation_id = '" + r.getReservationId() + "'");
        Downstreams.INVENTORY.released.clear();
        Downstreams.INVENTORY.down = true;
        expireLeases(r.getReservationId());
        recovery.runOnce();
        assertThat(Downstreams.INVENTORY.released).doesNotContain(r.getReservationId());

        Downstreams.INVENTORY.down = false;
        expireLeases(r.getReservationId());
        recovery.runOnce();
        assertThat(Downstreams.INVENTORY.released).contains(r.getReservationId());
        assertThat(count("SELECT count(*) FROM compensation_task WHERE done_time IS NULL AND reservation_id = '"
                + r.getReservationId() + "'")).isZero();
    }

    private void assertReason(CreateReservationRequest.Builder request, String reason) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> api.createReservation(request.build()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GrpcErrors.reason(e)).isEqualTo(reason);
    }
}
