package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.v1.HoldState;
import io.staygrid.reservation.v1.Actor;
import io.staygrid.reservation.v1.ActorKind;
import io.staygrid.reservation.v1.CancelReservationRequest;
import io.staygrid.reservation.v1.CancellationPolicy;
import io.staygrid.reservation.v1.GetCancellationPolicyRequest;
import io.staygrid.reservation.v1.ListHotelReservationsRequest;
import io.staygrid.reservation.v1.ListHotelReservationsResponse;
import io.staygrid.reservation.v1.ListReservationEventsRequest;
import io.staygrid.reservation.v1.ListReservationEventsResponse;
import io.staygrid.reservation.v1.ListReservationsRequest;
import io.staygrid.reservation.v1.ListReservationsResponse;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.reservation.v1.UpdateCancellationPolicyRequest;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Cancel and refund rules at the date edges, ownership, the audit trail, policies and paged lists. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class CancelAndListsTest extends GrpcTestBase {

    static final Actor STAFF = Actor.newBuilder().setKind(ActorKind.ACTOR_KIND_STAFF).setActorId("staff-1").build();

    Reservation book(String guest, LocalDate start, LocalDate end, String token) {
        return api.createReservation(request(guest, start, end, token).build()).getReservation();
    }

    Reservation cancel(Reservation r, String guestId, String reason) {
        return api.cancelReservation(CancelReservationRequest.newBuilder().setReservationId(r.getReservationId())
                .setGuestId(guestId).setActor(guest(guestId.isEmpty() ? "x" : guestId)).setReason(reason).build())
                .getReservation();
    }

    StatusRuntimeException cancelFails(Reservation r, String guestId) {
        return catchThrowableOfType(StatusRuntimeException.class, () -> cancel(r, guestId, ""));
    }

    @Test
    void cancellingOnTheLastFreeDayRefundsEverythingAndReleasesTheRooms() {
        Reservation paid = book("bo", today().plusDays(3), today().plusDays(5), "tok_approve");

        Reservation r = cancel(paid, "bo", "plans changed");

        assertThat(r.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REFUNDED);
        assertThat(r.getRefundedAmount()).isEqualTo(paid.getAmount());
        assertThat(Downstreams.INVENTORY.state(r.getReservationId())).isEqualTo(HoldState.HOLD_STATE_RELEASED);
        assertThat(count("SELECT refunded_minor FROM sandbox_gateway_charge WHERE reservation_id = '"
                + r.getReservationId() + "'")).isEqualTo(20000);
    }

    @Test
    void cancellingTheDayAfterTheFreeWindowKeepsTheFirstNight() {
        Reservation paid = book("cy", today().plusDays(2), today().plusDays(4), "tok_approve");

        Reservation r = cancel(paid, "cy", "");

        assertThat(r.getRefundedAmount().getUnits()).isEqualTo(100);
        assertThat(count("SELECT refunded_minor FROM sandbox_gateway_charge WHERE reservation_id = '"
                + r.getReservationId() + "'")).isEqualTo(10000);
    }

    @Test
    void cancelIsIdempotentAndRefundsOnce() {
        Reservation paid = book("di", today().plusDays(20), today().plusDays(22), "tok_approve");

        Reservation first = cancel(paid, "di", "");
        Reservation second = cancel(paid, "di", "");

        assertThat(second.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REFUNDED);
        assertThat(second.getRefundedAmount()).isEqualTo(first.getRefundedAmount());
        assertThat(second.getUpdateTime()).isEqualTo(first.getUpdateTime());
        String id = "'" + paid.getReservationId() + "'";
        // Free cancellation (20 days ahead): the gateway refunded exactly once, the whole 2 nights.
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge WHERE refunded_minor IS NOT NULL"
                + " AND reservation_id = " + id)).isEqualTo(1);
        assertThat(count("SELECT refunded_minor FROM sandbox_gateway_charge WHERE reservation_id = " + id))
                .isEqualTo(20000);
        assertThat(count("SELECT count(*) FROM reservation_event WHERE to_status = 'REFUNDED' AND reservation_id = "
                + id)).isEqualTo(1);
    }

    @Test
    void cancellingBeforePaymentEndsCanceledWithAnyChargeRefunded() {
        Reservation pending = book("ed", today().plusDays(20), today().plusDays(21), "tok_timeout");
        assertThat(pending.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PENDING);

        Reservation r = cancel(pending, "ed", "");
        expireLeases(r.getReservationId());
        recovery.runOnce();

        assertThat(get(r.getReservationId()).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_CANCELED);
        assertThat(Downstreams.INVENTORY.released).contains(r.getReservationId());
        assertThat(count("SELECT refunded_minor FROM sandbox_gateway_charge WHERE reservation_id = '"
                + r.getReservationId() + "'")).isEqualTo(10000);
    }

    @Test
    void someoneElsesReservationIsNotFoundAndARejectedOneIsNotCancelable() {
        Reservation paid = book("fa", today().plusDays(20), today().plusDays(21), "tok_approve");
        Reservation rejected = book("fa", today().plusDays(20), today().plusDays(21), "tok_decline");

        StatusRuntimeException other = cancelFails(paid, "mallory");
        StatusRuntimeException notCancelable = cancelFails(rejected, "fa");

        assertThat(other.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(GrpcErrors.reason(other)).isEqualTo("RESERVATION_NOT_FOUND");
        assertThat(notCancelable.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(GrpcErrors.reason(notCancelable)).isEqualTo("RESERVATION_NOT_CANCELABLE");
    }

    @Test
    void cancellingOnTheCheckOutDayIsRefusedButTheLastNightIsStillCancellable() {
        Reservation endsToday = book("gu", today().minusDays(2), today(), "tok_approve");
        Reservation endsTomorrow = book("gu", today().minusDays(1), today().plusDays(1), "tok_approve");

        StatusRuntimeException ended = cancelFails(endsToday, "gu");
        Reservation lastNight = cancel(endsTomorrow, "gu", "");

        assertThat(ended.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(GrpcErrors.reason(ended)).isEqualTo("STAY_ALREADY_ENDED");
        assertThat(lastNight.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REFUNDED);
        assertThat(lastNight.getRefundedAmount().getUnits()).isEqualTo(100);
    }

    @Test
    void auditTrailRecordsEveryStatusChangeWithTimeActorAndReasonPaged() {
        Reservation paid = book("hu", today().plusDays(20), today().plusDays(21), "tok_approve");
        cancel(paid, "hu", "found a cheaper room");

        ListReservationEventsResponse page1 = api.listReservationEvents(ListReservationEventsRequest.newBuilder()
                .setReservationId(paid.getReservationId()).setGuestId("hu").setPageSize(2).build());
        ListReservationEventsResponse page2 = api.listReservationEvents(ListReservationEventsRequest.newBuilder()
                .setReservationId(paid.getReservationId()).setPageSize(2).setPageToken(page1.getNextPageToken()).build());

        assertThat(page1.getEventsList()).extracting(e -> e.getToStatus()).containsExactly(
                ReservationStatus.RESERVATION_STATUS_PENDING, ReservationStatus.RESERVATION_STATUS_PAID);
        assertThat(page1.getEvents(0).getActor().getActorId()).isEqualTo("hu");
        assertThat(page1.getEvents(1).getActor().getKind()).isEqualTo(ActorKind.ACTOR_KIND_SYSTEM);
        assertThat(page2.getEventsList()).singleElement().satisfies(e -> {
            assertThat(e.getSequence()).isEqualTo(3);
            assertThat(e.getFromStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
            assertThat(e.getToStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REFUNDED);
            assertThat(e.getReason()).isEqualTo("found a cheaper room");
            assertThat(e.hasEventTime()).isTrue();
        });
        assertThat(page2.getNextPageToken()).isEmpty();
    }

    @Test
    void hotelPolicyIsSnapshottedByNewReservationsAndValidated() {
        long hotel = 900;
        CancellationPolicy before = api.getCancellationPolicy(GetCancellationPolicyRequest.newBuilder()
                .setHotelId(hotel).build()).getPolicy();
        assertThat(before.getIsDefault()).isTrue();

        CancellationPolicy after = api.updateCancellationPolicy(UpdateCancellationPolicyRequest.newBuilder()
                .setPolicy(CancellationPolicy.newBuilder().setHotelId(hotel).setPenaltyNights(2))
                .setUpdateMask(FieldMask.newBuilder().addPaths("penalty_nights")).build()).getPolicy();
        Reservation r = api.createReservation(request("io", hotel, today().plusDays(9), today().plusDays(10),
                "tok_approve").build()).getReservation();
        StatusRuntimeException badZone = catchThrowableOfType(StatusRuntimeException.class,
                () -> api.updateCancellationPolicy(UpdateCancellationPolicyRequest.newBuilder()
                        .setPolicy(CancellationPolicy.newBuilder().setHotelId(hotel).setHotelTimeZone("Mars/Base"))
                        .setUpdateMask(FieldMask.newBuilder().addPaths("hotel_time_zone")).build()));

        assertThat(after.getIsDefault()).isFalse();
        assertThat(after.getPenaltyNights()).isEqualTo(2);
        assertThat(after.getFreeCancellationDays()).isEqualTo(3);
        assertThat(r.getCancellationPolicy().getPenaltyNights()).isEqualTo(2);
        assertThat(GrpcErrors.reason(badZone)).isEqualTo("INVALID_POLICY");
    }

    @Test
    void guestListIsNewestFirstAndPagesWithTokensTiedToTheGuest() {
        String guest = "list-" + UUID.randomUUID();
        Reservation a = book(guest, today().plusDays(40), today().plusDays(41), "tok_approve");
        Reservation b = book(guest, today().plusDays(50), today().plusDays(51), "tok_approve");
        Reservation c = book(guest, today().plusDays(45), today().plusDays(46), "tok_decline");

        ListReservationsResponse first = api.listReservations(ListReservationsRequest.newBuilder()
                .setGuestId(guest).setPageSize(2).build());
        ListReservationsResponse second = api.listReservations(ListReservationsRequest.newBuilder()
                .setGuestId(guest).setPageSize(2).setPageToken(first.getNextPageToken()).build());
        StatusRuntimeException foreign = catchThrowableOfType(StatusRuntimeException.class,
                () -> api.listReservations(ListReservationsRequest.newBuilder().setGuestId("other")
                        .setPageToken(first.getNextPageToken()).build()));

        assertThat(first.getReservationsList()).extracting(Reservation::getReservationId)
                .containsExactly(c.getReservationId(), b.getReservationId());
        assertThat(second.getReservationsList()).extracting(Reservation::getReservationId)
                .containsExactly(a.getReservationId());
        assertThat(second.getNextPageToken()).isEmpty();
        assertThat(GrpcErrors.reason(foreign)).isEqualTo("INVALID_PAGE_TOKEN");
    }

    @Test
    void staffListFiltersAHotelByArrivalRangeAndStatusInArrivalOrder() {
        long hotel = 700;
        LocalDate base = today().plusDays(60);
        Reservation late = api.createReservation(request("s1", hotel, base.plusDays(5), base.plusDays(6), "tok_approve")
                .setActor(STAFF).build()).getReservation();
        Reservation early = api.createReservation(request("s2", hotel, base.plusDays(1), base.plusDays(2), "tok_approve")
                .build()).getReservation();
        api.createReservation(request("s3", hotel, base.plusDays(2), base.plusDays(3), "tok_decline").build());
        api.createReservation(request("s4", hotel, base.plusDays(20), base.plusDays(21), "tok_approve").build());

        ListHotelReservationsRequest query = ListHotelReservationsRequest.newBuilder().setHotelId(hotel)
                .setArrivalStartDate(ProtoTime.toProto(base)).setArrivalEndDate(ProtoTime.toProto(base.plusDays(10)))
                .addStatuses(ReservationStatus.RESERVATION_STATUS_PAID).setPageSize(1).build();
        ListHotelReservationsResponse first = api.listHotelReservations(query);
        ListHotelReservationsResponse second = api.listHotelReservations(query.toBuilder()
                .setPageToken(first.getNextPageToken()).build());
        StatusRuntimeException badRange = catchThrowableOfType(StatusRuntimeException.class,
                () -> api.listHotelReservations(query.toBuilder().setArrivalEndDate(ProtoTime.toProto(base)).build()));

        assertThat(first.getReservations(0).getReservationId()).isEqualTo(early.getReservationId());
        assertThat(second.getReservations(0).getReservationId()).isEqualTo(late.getReservationId());
        assertThat(second.getReservations(0).getBookedBy().getKind()).isEqualTo(ActorKind.ACTOR_KIND_STAFF);
        assertThat(second.getNextPageToken()).isEmpty();
        assertThat(GrpcErrors.reason(badRange)).isEqualTo("INVALID_DATE_RANGE");
    }
}
