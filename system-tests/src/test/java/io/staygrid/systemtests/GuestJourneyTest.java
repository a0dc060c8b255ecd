package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MeshExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuestJourneyTest {

    private StayGridApi api;
    private TestHotel hotel;

    @BeforeAll
    void hotel(StayGridApi api) {
        this.api = api;
        this.hotel = TestHotel.create(api, "Lyon", 5, 10, "120.00");
    }

    @Test
    void guestBrowsesQuotesBooksFindsItInHistoryAndCancelsForARefund() {
        String guest = api.tokens().guest("guest-" + UUID.randomUUID());
        LocalDate start = hotel.day(40);
        LocalDate end = start.plusDays(2);

        ApiResponse page = api.getHotel(guest, hotel.hotelId());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("currencyCode")).isEqualTo("EUR");
        assertThat(api.listRoomTypes(guest, hotel.hotelId()).body().toString()).contains("Standard double");

        ApiResponse availability = api.availability(guest, hotel.hotelId(), start, end);
        assertThat(availability.status()).as("%s", availability).isEqualTo(200);
        assertThat(availability.body().path("roomTypes").path(0).path("availableRooms").asInt()).isEqualTo(hotel.sellLimit(10));

        ApiResponse quote = api.quote(guest, hotel.hotelId(), hotel.roomTypeId(), start, end, 1);
        assertThat(quote.status()).as("%s", quote).isEqualTo(200);
        assertThat(quote.text("reservationID")).isNotBlank();
        assertThat(ApiResponse.money(quote.body().path("total"))).isEqualByComparingTo(new BigDecimal("240.00"));

        ApiResponse booked = api.book(guest, quote, hotel.hotelId(), hotel.roomTypeId(), start, end, 1, "tok_approve", null);
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        assertThat(TestHotel.status(booked)).isEqualTo("PAID");
        String reservationId = booked.text("reservationID");
        assertThat(reservationId).isEqualTo(quote.text("reservationID"));
        assertThat(booked.body().path("cancellationPolicy").path("hotelTimeZone").asText())
                .as("the hotel's own zone (hotel-svc's), not UTC").isEqualTo(hotel.zone().getId());

        assertThat(api.myReservations(guest).body().toString()).contains(reservationId);
        ApiResponse detail = api.reservation(guest, reservationId);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.text("startDate")).isEqualTo(start.toString());

        ApiResponse canceled = api.cancel(guest, reservationId);
        assertThat(canceled.status()).as("%s", canceled).isEqualTo(200);
        assertThat(TestHotel.status(canceled)).isEqualTo("REFUNDED");
        assertThat(ApiResponse.money(canceled.body().path("refundedAmount"))).isPositive();
        assertThat(TestHotel.status(api.reservation(guest, reservationId))).isEqualTo("REFUNDED");
    }

    @Test
    void replayingABookingGivesTheSameReservationAndAChangedBodyConflicts() {
        String guest = api.tokens().guest("guest-" + UUID.randomUUID());
        LocalDate start = hotel.day(50);
        ApiResponse quote = api.quote(guest, hotel.hotelId(), hotel.roomTypeId(), start, start.plusDays(1), 1);
        ApiResponse first = api.book(guest, quote, hotel.hotelId(), hotel.roomTypeId(), start, start.plusDays(1), 1, "tok_approve", null);
        ApiResponse replay = api.book(guest, quote, hotel.hotelId(), hotel.roomTypeId(), start, start.plusDays(1), 1, "tok_approve", null);
        ApiResponse changed = api.book(guest, quote, hotel.hotelId(), hotel.roomTypeId(), start, start.plusDays(2), 1, "tok_approve", null);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.text("reservationID")).isEqualTo(first.text("reservationID"));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.isProblem()).isTrue();
        assertThat(changed.reason()).isEqualTo("RESERVATION_ID_CONFLICT");
    }

    @Test
    void anotherGuestCannotSeeOrCancelSomeoneElsesReservation() {
        String owner = api.tokens().guest("guest-" + UUID.randomUUID());
        String stranger = api.tokens().guest("guest-" + UUID.randomUUID());
        LocalDate start = hotel.day(60);
        ApiResponse booked = hotel.quoteAndBook(api, owner, start, start.plusDays(1), 1, "tok_approve");
        String reservationId = booked.text("reservationID");

        assertThat(api.reservation(stranger, reservationId).status()).isEqualTo(404);
        assertThat(api.cancel(stranger, reservationId).status()).isEqualTo(404);
        assertThat(api.myReservations(stranger).body().toString()).doesNotContain(reservationId);
        assertThat(TestHotel.status(api.reservation(owner, reservationId))).isEqualTo("PAID");
    }

    @Test
    void aDeclinedPaymentEndsRejectedAndGivesTheRoomBack() {
        String guest = api.tokens().guest("guest-" + UUID.randomUUID());
        LocalDate start = hotel.day(70);
        ApiResponse declined = hotel.quoteAndBook(api, guest, start, start.plusDays(1), 1, "tok_decline");

        assertThat(TestHotel.status(declined)).isEqualTo("REJECTED");
        assertThat(declined.text("rejectionReason")).contains("PAYMENT_DECLINED");
        assertThat(hotel.inventoryNights(api, start, start.plusDays(1)).path(0).path("totalReserved").asInt()).isZero();
    }
}
