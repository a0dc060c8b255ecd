package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.pricing.v1.Quote;
import io.staygrid.reservation.v1.CancelReservationRequest;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.GetCancellationPolicyRequest;
import io.staygrid.reservation.v1.RejectionReason;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What hotel-svc knows decides the booking: the hotel's time zone for cancellation windows, occupancy for guests. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class HotelFactsTest extends GrpcTestBase {

    /** UTC+14: its day starts 14 hours before UTC's. */
    static final long KIRITIMATI_HOTEL = 9001;
    static final long TWO_GUEST_ROOM_TYPE = 9002;
    static final long UNSEEN_HOTEL = 9003;
    /** UTC-11: its day starts 11 hours after UTC's. */
    static final long PAGO_PAGO_HOTEL = 9004;
    static final long LATE_KNOWN_HOTEL = 9005;
    static final long QUOTE_REUSED_HOTEL = 9006;

    CreateReservationRequest booking(String guest, long hotel, long roomType, LocalDate start, int rooms, int guests) {
        Quote quote = Downstreams.PRICING.issue(hotel, roomType, start, start.plusDays(2), rooms,
                Instant.now().plusSeconds(600));
        return CreateReservationRequest.newBuilder().setReservationId(UUID.randomUUID().toString()).setGuestId(guest)
                .setHotelId(hotel).setRoomTypeId(roomType).setStartDate(ProtoTime.toProto(start))
                .setEndDate(ProtoTime.toProto(start.plusDays(2))).setRooms(rooms).setGuests(guests)
                .setQuoteId(quote.getQuoteId()).setPaymentToken("tok_approve").setActor(guest(guest)).build();
    }

    Reservation cancelAt(Instant now, Reservation r) {
        TestClock.setTo(now);
        try {
            return api.cancelReservation(CancelReservationRequest.newBuilder().setReservationId(r.getReservationId())
                    .setGuestId(r.getGuestId()).setActor(guest(r.getGuestId())).build()).getReservation();
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void theFreeCancellationWindowEndsAtMidnightInTheHotelsTimeZoneNotInUtc() {
        Downstreams.HOTEL.timeZones.put(KIRITIMATI_HOTEL, "Pacific/Kiritimati");
        LocalDate start = today().plusDays(10);
        LocalDate lastFreeDay = start.minusDays(3);     // default policy: 3 free days, 1 penalty night
        Reservation early = api.createReservation(booking("guest-kiri-1", KIRITIMATI_HOTEL, ROOM_TYPE, start, 1, 1))
                .getReservation();
        Reservation late = api.createReservation(booking("guest-kiri-2", KIRITIMATI_HOTEL, ROOM_TYPE, start, 1, 1))
                .getReservation();

        // 09:00 UTC on the last free day is 23:00 in Kiritimati: still free. 11:00 UTC is 01:00 the next day there.
        Reservation free = cancelAt(lastFreeDay.atTime(9, 0).toInstant(ZoneOffset.UTC), early);
        Reservation penalised = cancelAt(lastFreeDay.atTime(11, 0).toInstant(ZoneOffset.UTC), late);

        assertThat(free.getRefundedAmount()).isEqualTo(free.getAmount());
        assertThat(penalised.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REFUNDED);
        assertThat(penalised.getRefundedAmount().getUnits()).as("one night kept").isEqualTo(100);
        assertThat(early.getCancellationPolicy().getHotelTimeZone()).as("snapshot at booking")
                .isEqualTo("Pacific/Kiritimati");
        assertThat(api.getCancellationPolicy(GetCancellationPolicyRequest.newBuilder().setHotelId(KIRITIMATI_HOTEL)
                .build()).getPolicy().getHotelTimeZone()).isEqualTo("Pacific/Kiritimati");
    }

    @Test
    void theFreeCancellationWindowOfAUtcMinusElevenHotelLastsUntilItsOwnMidnightHoursAfterUtcs() {
        ZoneId pagoPago = ZoneId.of("Pacific/Pago_Pago");
        Downstreams.HOTEL.timeZones.put(PAGO_PAGO_HOTEL, pagoPago.getId());
        LocalDate start = today().plusDays(10);
        Instant windowEnd = start.minusDays(3).plusDays(1).atStartOfDay(pagoPago).toInstant();
        Reservation early = api.createReservation(booking("guest-pago-1", PAGO_PAGO_HOTEL, ROOM_TYPE, start, 1, 1))
                .getReservation();
        Reservation late = api.createReservation(booking("guest-pago-2", PAGO_PAGO_HOTEL, ROOM_TYPE, start, 1, 1))
                .getReservation();

        // One second before midnight in Pago Pago it is 10:59:59 UTC of the next day, when UTC's window has closed.
        Reservation free = cancelAt(windowEnd.minusSeconds(1), early);
        Reservation penalised = cancelAt(windowEnd.plusSeconds(1), late);

        assertThat(LocalDate.ofInstant(windowEnd.minusSeconds(1), ZoneOffset.UTC)).as("UTC is a day ahead")
                .isEqualTo(start.minusDays(2));
        assertThat(free.getRefundedAmount()).as("refunded in full").isEqualTo(free.getAmount());
        assertThat(penalised.getRefundedAmount().getUnits()).as("one night kept").isEqualTo(100);
        assertThat(early.getCancellationPolicy().getHotelTimeZone()).as("snapshot at booking")
                .isEqualTo("Pacific/Pago_Pago");
    }

    @Test
    void aHotelHotelSvcDidNotKnowYetIsLearntOnceItExistsNotCachedAsUtc() {
        Downstreams.HOTEL.unknownHotels.add(LATE_KNOWN_HOTEL);
        GetCancellationPolicyRequest policyOfIt = GetCancellationPolicyRequest.newBuilder().setHotelId(LATE_KNOWN_HOTEL)
                .build();
        assertThat(api.getCancellationPolicy(policyOfIt).getPolicy().getHotelTimeZone()).isEqualTo("UTC");

        Downstreams.HOTEL.unknownHotels.remove(LATE_KNOWN_HOTEL);
        Downstreams.HOTEL.timeZones.put(LATE_KNOWN_HOTEL, "Pacific/Pago_Pago");

        assertThat(api.getCancellationPolicy(policyOfIt).getPolicy().getHotelTimeZone()).isEqualTo("Pacific/Pago_Pago");
        assertThat(api.createReservation(booking("guest-late-known", LATE_KNOWN_HOTEL, ROOM_TYPE, today().plusDays(20),
                1, 1)).getReservation().getCancellationPolicy().getHotelTimeZone()).isEqualTo("Pacific/Pago_Pago");
    }

    @Test
    void aBookingRejectedForAReusedQuoteRecordsTheHotelsZoneToo() {
        Downstreams.HOTEL.timeZones.put(QUOTE_REUSED_HOTEL, "Pacific/Kiritimati");
        CreateReservationRequest first = booking("guest-reused-quote", QUOTE_REUSED_HOTEL, ROOM_TYPE,
                today().plusDays(30), 1, 1);
        api.createReservation(first);

        Reservation refused = api.createReservation(first.toBuilder().setReservationId(UUID.randomUUID().toString())
                .build()).getReservation();

        assertThat(refused.getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_QUOTE_ALREADY_USED);
        assertThat(refused.getCancellationPolicy().getHotelTimeZone()).isEqualTo("Pacific/Kiritimati");
    }

    @Test
    void moreGuestsThanTheRoomsTakeAreRefusedWithNothingRecorded() {
        Downstreams.HOTEL.maxOccupancy.put(TWO_GUEST_ROOM_TYPE, 2);
        LocalDate start = today().plusDays(40);
        CreateReservationRequest tooMany = booking("guest-occupancy", HOTEL, TWO_GUEST_ROOM_TYPE, start, 1, 3);

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> api.createReservation(tooMany));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(GrpcErrors.reason(e)).isEqualTo("GUESTS_OVER_OCCUPANCY");
        assertThat(GrpcErrors.errorInfo(e).orElseThrow().getMetadataMap()).containsEntry("max_occupancy", "2");
        assertThat(count("SELECT count(*) FROM reservation WHERE reservation_id = '" + tooMany.getReservationId() + "'"))
                .isZero();
        assertThat(api.createReservation(booking("guest-occupancy", HOTEL, TWO_GUEST_ROOM_TYPE, start, 2, 4))
                .getReservation().getStatus()).as("two rooms take four").isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
    }

    @Test
    void hotelServiceDownRefusesTheBookingAsRetryableWithNothingRecorded() {
        Downstreams.HOTEL.down = true;
        CreateReservationRequest request = booking("guest-hotel-down", UNSEEN_HOTEL, ROOM_TYPE, today().plusDays(50), 1, 1);

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> api.createReservation(request));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GrpcErrors.reason(e)).isEqualTo("HOTEL_UNAVAILABLE");
        assertThat(count("SELECT count(*) FROM reservation WHERE reservation_id = '" + request.getReservationId() + "'"))
                .isZero();
        Downstreams.HOTEL.down = false;
        assertThat(api.createReservation(request).getReservation().getStatus())
                .isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
    }
}
