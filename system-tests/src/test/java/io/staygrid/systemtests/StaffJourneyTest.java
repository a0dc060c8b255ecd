package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

        assertThat(hotel.inventoryNights(api, start, start.plusDays(3))).hasSize(3)
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
        assertThat(foreignRoomType.status()).as("%s", foreignRoomType).isEqualTo(403);
        assertThat(foreignRoomType.isProblem()).isTrue();
        assertThat(foreignRoomType.reason()).isEqualTo("HOTEL_NOT_IN_SCOPE");
        ApiResponse foreignRate = api.setBaseRate(mine.staffToken(), theirs.hotelId(), theirs.roomTypeId(), "EUR", "1.00");
        assertThat(foreignRate.status()).as("%s", foreignRate).isEqualTo(403);
        assertThat(foreignRate.reason()).isEqualTo("HOTEL_NOT_IN_SCOPE");
        ApiResponse foreignBookings = api.hotelReservations(mine.staffToken(), theirs.hotelId(), theirs.day(1), theirs.day(30), 10);
        assertThat(foreignBookings.status()).as("%s", foreignBookings).isEqualTo(403);
        assertThat(foreignBookings.reason()).isEqualTo("HOTEL_NOT_IN_SCOPE");
        ApiResponse byGuest = api.createRoomType(guest, mine.hotelId(), "Guest suite", 2);
        assertThat(byGuest.status()).as("%s", byGuest).isEqualTo(403);
        assertThat(byGuest.isProblem()).isTrue();
        ApiResponse anonymous = api.createRoomType(null, mine.hotelId(), "Anonymous suite", 2);
        assertThat(anonymous.status()).as("%s", anonymous).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
    }
}
