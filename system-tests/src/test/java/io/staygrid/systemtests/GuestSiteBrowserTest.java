package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.staygrid.systemtests.browser.Browser;
import io.staygrid.systemtests.browser.BrowserTest;
import io.staygrid.systemtests.browser.Stays;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;

/** The guest site in Chromium on the real mesh: search, hotel, calendar, quote, booking, history, cancel, payment states. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuestSiteBrowserTest {

    private RunningMesh mesh;
    private TestHotel hotel;
    private String city;

    @BeforeAll
    void hotel(StayGridApi api, RunningMesh mesh) {
        this.mesh = mesh;
        this.city = "Annecy-" + UUID.randomUUID().toString().substring(0, 6);
        this.hotel = TestHotel.create(api, city, 4, 0, "120.00");
    }

    @Test
    void aGuestFindsAHotelBooksSeesItInTheHistoryAndCancelsWithTheRefundShown() {
        LocalDate start = Stays.startWithinMonth(hotel, 40, 2);
        LocalDate end = start.plusDays(2);
        String roomType = "[data-room-type-id='" + hotel.roomTypeId() + "']";
        try (Browser guest = Browser.open(mesh.edgeUrl(), "guest")) {
            guest.visit("/sign-in");
            guest.waitFor("[data-oidc-sign-in]");
            guest.screenshots("guest-00-sign-in");
            guest.signIn("guest-" + UUID.randomUUID().toString().substring(0, 8), "guest");

            guest.visit("/");
            guest.type("#city", city);
            guest.setValue("#start", start);
            guest.setValue("#end", end);
            guest.click("[data-search-form] button[type=submit]");
            String card = "[data-results] [data-hotel-id='" + hotel.hotelId() + "']";
            guest.waitForText(card, "1 room type available");
            assertThat(guest.text(card)).contains("€240.00");
            guest.screenshots("guest-01-search");

            guest.click(card + " h3 a");
            guest.waitForText(roomType + " [data-offer]", "€240.00");
            assertThat(guest.text(roomType)).contains("Standard double", "Wifi");
            guest.screenshots("guest-02-hotel");

            guest.click(roomType + " h3 a");
            guest.waitForText(Stays.day(start), "€120.00");
            guest.click(Stays.day(start));
            guest.press(Stays.day(end), Keys.ENTER);
            guest.waitForText("[data-stay-summary]", "2 nights: €240.00");
            guest.screenshots("guest-03-room-calendar");

            guest.click("[data-stay-form] button[type=submit]");
            guest.waitForText("[data-total]", "€240.00");
            assertThat(guest.count("[data-nights] tr")).isEqualTo(2);
            assertThat(guest.text("[data-countdown]")).matches("1?[0-9]:[0-5][0-9]");
            guest.type("#guests", "2");
            guest.screenshots("guest-04-quote");

            guest.press("#guests", Keys.ENTER);
            guest.waitForUrl("/confirmation", Duration.ofSeconds(30));
            guest.waitForText("[data-confirmation-heading]", "Booking confirmed");
            String reservationId = guest.url().replaceAll(".*/reservations/([^/]+)/confirmation.*", "$1");
            assertThat(guest.text("[data-facts]")).contains(reservationId, "€240.00");
            guest.screenshots("guest-05-confirmation");

            guest.visit("/reservations");
            String mine = "[data-reservations] [data-reservation-id='" + reservationId + "']";
            guest.waitForText(mine, "Confirmed");
            guest.screenshots("guest-06-reservations");

            guest.click(mine + " h2 a");
            guest.waitFor("[data-timeline] [data-event-status='PAID']");
            assertThat(guest.text("[data-policy]")).contains("Free cancellation");
            guest.screenshots("guest-07-reservation");

            guest.click("[data-cancel]");
            guest.click("[data-confirm-yes]");
            guest.waitForText("[data-refund]", "€240.00 of €240.00");
            guest.waitFor("[data-timeline] [data-event-status='REFUNDED']");
            assertThat(guest.text("[data-badge]")).isEqualTo("Canceled and refunded");
            assertThat(guest.shown("[data-cancel-section]")).isFalse();
            guest.screenshots("guest-08-canceled-refund");

            guest.assertNoConsoleErrors();
        }
    }

    @Test
    void aDeclinedCardAndAProcessorTimeoutEachHaveAClearPageState() {
        LocalDate start = hotel.day(55);
        LocalDate end = start.plusDays(1);
        try (Browser guest = Browser.open(mesh.edgeUrl(), "guest-payments")) {
            guest.signIn("guest-" + UUID.randomUUID().toString().substring(0, 8), "guest");
            guest.visit(Stays.book(hotel, start, end, 1));
            guest.waitForText("[data-total]", "€120.00");

            guest.click("input[name=card][value=tok_decline]");
            guest.click("[data-book-button]");
            guest.waitFor("[data-outcome][data-state='PAYMENT_DECLINED']");
            assertThat(guest.text("[data-outcome]")).contains("Card declined", "Nothing was charged");
            guest.screenshots("guest-09-card-declined");

            guest.click("[data-outcome-actions] button");
            guest.waitFor("[data-booking-form]");
            guest.click("input[name=card][value=tok_timeout]");
            guest.click("[data-book-button]");
            guest.waitFor("[data-outcome][data-state='waiting']");
            assertThat(guest.text("[data-outcome]")).contains("did not answer in time", "do not book again");
            guest.screenshots("guest-10-payment-timeout");

            // The recovery job learns the charge went through (sandbox tok_timeout) and the page moves on by itself.
            guest.waitForUrl("/confirmation", Duration.ofSeconds(120));
            guest.waitForText("[data-confirmation-heading]", "Booking confirmed");
            guest.assertNoConsoleErrors();
        }
    }

    @Test
    void aMissingPageOrHotelIsAPageNeverJson() {
        try (Browser guest = Browser.open(mesh.edgeUrl(), "guest-lost")) {
            guest.visit("/no-such-page");
            guest.waitForText("h1", "Page not found");
            guest.screenshots("guest-11-page-not-found");
            guest.visit("/hotels/987654321");
            guest.waitForText("[data-status]", "We could not find this hotel");
            assertThat(guest.text("body")).doesNotContain("\"reason\"", "{");
        }
    }
}
