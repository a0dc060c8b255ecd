package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A hotel made through the public API for one test: one room type with a number of rooms, a base
 * rate, an overbooking percentage, and a staff member who runs it.
 */
public record TestHotel(long hotelId, long roomTypeId, String currency, ZoneId zone, String staffToken, int rooms) {

    /** Creates it as admin (hotel) and as its staff (the rest), then waits until inventory sells it. */
    public static TestHotel create(StayGridApi api, String city, int rooms, int overbookingPercent, String nightlyRate) {
        String admin = api.tokens().admin("admin-" + UUID.randomUUID());
        ApiResponse hotel = api.createHotel(admin, "System test " + city + " " + UUID.randomUUID().toString().substring(0, 8),
                city, "FR", "Europe/Paris", "EUR");
        assertThat(hotel.status()).as("create hotel: %s", hotel).isEqualTo(201);
        long hotelId = hotel.id("hotelID");
        String staff = api.tokens().staff("staff-" + hotelId, hotelId);

        ApiResponse roomType = api.createRoomType(staff, hotelId, "Standard double", 2);
        assertThat(roomType.status()).as("create room type: %s", roomType).isEqualTo(201);
        long roomTypeId = roomType.id("roomTypeID");
        for (int i = 1; i <= rooms; i++) {
            ApiResponse room = api.createRoom(staff, hotelId, roomTypeId, Integer.toString(100 + i));
            assertThat(room.status()).as("create room: %s", room).isEqualTo(201);
        }
        TestHotel created = new TestHotel(hotelId, roomTypeId, "EUR", ZoneId.of("Europe/Paris"), staff, rooms);
        // hotel-svc hands capacity to inventory-svc asynchronously (outbox relay); the overbooking policy and
        // pricing's base rate both need the room type known there first.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode night = created.inventoryNights(api, created.day(1), created.day(2)).path(0);
            assertThat(night.path("totalInventory").asInt()).as("capacity delivered: %s", night).isEqualTo(rooms);
        });
        ApiResponse policy = api.setOverbookingPercent(staff, hotelId, overbookingPercent);
        assertThat(policy.status()).as("overbooking policy: %s", policy).isEqualTo(200);
        JsonNode night = created.inventoryNights(api, created.day(1), created.day(2)).path(0);
        assertThat(night.path("sellLimit").asInt()).as("sell limit: %s", night).isEqualTo(created.sellLimit(overbookingPercent));
        ApiResponse rate = api.setBaseRate(staff, hotelId, roomTypeId, "EUR", nightlyRate);
        assertThat(rate.status()).as("base rate: %s", rate).isEqualTo(200);
        return created;
    }

    /** The staff inventory calendar's nights of this hotel's room type for [start, end). */
    public JsonNode inventoryNights(StayGridApi api, LocalDate start, LocalDate end) {
        ApiResponse calendar = api.inventoryCalendar(staffToken, hotelId, roomTypeId, start, end);
        assertThat(calendar.status()).as("inventory calendar: %s", calendar).isEqualTo(200);
        for (JsonNode roomType : calendar.body().path("roomTypes")) {
            if (roomType.path("roomTypeID").asLong() == roomTypeId) {
                return roomType.path("nights");
            }
        }
        throw new AssertionError("room type " + roomTypeId + " not in the calendar: " + calendar);
    }

    /** floor(rooms x (1 + percent / 100)), the most that may ever be sold of a night. */
    public int sellLimit(int overbookingPercent) {
        return rooms * (100 + overbookingPercent) / 100;
    }

    /** The date {@code days} after today in the hotel's time zone. */
    public LocalDate day(int days) {
        return LocalDate.now(zone).plusDays(days);
    }

    /** Quotes one stay and books it with the quote's reservationID; returns the booking's answer. */
    public ApiResponse quoteAndBook(StayGridApi api, String guestToken, LocalDate start, LocalDate end, int rooms, String paymentToken) {
        ApiResponse quote = api.quote(guestToken, hotelId, roomTypeId, start, end, rooms);
        assertThat(quote.status()).as("quote: %s", quote).isEqualTo(200);
        return api.book(guestToken, quote, hotelId, roomTypeId, start, end, rooms, paymentToken, null);
    }

    /** A reservation's status, e.g. PAID ("" when the answer is not a reservation). */
    public static String status(ApiResponse reservation) {
        return reservation.body().path("status").asText("");
    }
}
