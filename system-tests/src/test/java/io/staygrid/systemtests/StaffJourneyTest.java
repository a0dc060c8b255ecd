package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Disabled("waiting for edge-rest's staff endpoints (catalog writes, rates, policies, hotel reservations) and JWT roles")
@ExtendWith(MeshExtension.class)
class StaffJourneyTest {

    @Test
    void staffBuildTheirHotelSetRatesAndSeeItsBookings(StayGridApi api) {
        TestHotel hotel = TestHotel.create(api, "Bordeaux", 4, 0, "95.00");
        String guestId = "guest-" + UUID.randomUUID();
        LocalDate start = hotel.day(30);

        ApiResponse byGuest = hotel.quoteAndBook(api, api.tokens().guest(guestId), start, start.plusDays(3), 1, "tok_approve");
        assertThat(TestHotel.status(byGuest)).isEqualTo("PAID");

        ApiResponse upcoming = api.hotelReservations(hotel.staffToken(), hotel.hotelId(), start, start.plusDays(1), 50);
        assertThat(upcoming.status()).as("%s", upcoming).isEqualTo(200);
        assertThat(upcoming.body().toString()).contains(byGuest.text("reservationID")).contains(guestId);

        ApiResponse calendar = api.inventoryCalendar(hotel.staffToken(), hotel.hotelId(), hotel.roomTypeId(), start, start.plusDays(3));
        assertThat(calendar.body().path("nights")).hasSize(3)
                .allSatisfy(night -> assertThat(night.path("totalReserved").asInt()).isEqualTo(1));
    }

    @Test
    void staffBookOnBehalfOfAGuestWhoThenSeesTheBooking(StayGridApi api) {
        TestHotel hotel = TestHotel.create(api, "Nantes", 3, 0, "80.00");
        String guestId = "guest-" + UUID.randomUUID();
        LocalDate start = hotel.day(25);

        ApiResponse quote = api.quote(hotel.staffToken(), hotel.hotelId(), hotel.roomTypeId(), start, start.plusDays(1), 1);
        ApiResponse booked = api.book(hotel.staffToken(), quote, hotel.hotelId(), hotel.roomTypeId(), start, start.plusDays(1), 1,
                "tok_approve", guestId);

        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        assertThat(TestHotel.status(booked)).isEqualTo("PAID");
        assertThat(api.myReservations(api.tokens().guest(guestId)).body().toString()).contains(booked.text("reservationID"));
    }

    @Test
    void staffCannotTouchAnotherHotelAndGuestsCannotWriteTheCatalog(StayGridApi api) {
        TestHotel mine = TestHotel.create(api, "Lille", 1, 0, "70.00");
        TestHotel theirs = TestHotel.create(api, "Nice", 1, 0, "70.00");
        String guest = api.tokens().guest("guest-" + UUID.randomUUID());

        ApiResponse foreignRoomType = api.createRoomType(mine.staffToken(), theirs.hotelId(), "Sneaky suite", 2);
        assertThat(foreignRoomType.status()).isIn(403, 404);
        assertThat(foreignRoomType.isProblem()).isTrue();
        assertThat(api.setBaseRate(mine.staffToken(), theirs.hotelId(), theirs.roomTypeId(), "EUR", "1.00").status()).isIn(403, 404);
        assertThat(api.hotelReservations(mine.staffToken(), theirs.hotelId(), theirs.day(1), theirs.day(30), 10).status()).isIn(403, 404);
        assertThat(api.createRoomType(guest, mine.hotelId(), "Guest suite", 2).status()).isEqualTo(403);
        assertThat(api.createRoomType(null, mine.hotelId(), "Anonymous suite", 2).status()).isEqualTo(401);
    }
}
