package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.staygrid.systemtests.browser.Browser;
import io.staygrid.systemtests.browser.BrowserTest;
import io.staygrid.systemtests.browser.Stays;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The staff admin panel in Chromium on the real mesh, and what guests see of its changes. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffAdminBrowserTest {

    private StayGridApi api;
    private RunningMesh mesh;
    private TestHotel hotel;

    @BeforeAll
    void hotel(StayGridApi api, RunningMesh mesh) {
        this.api = api;
        this.mesh = mesh;
        this.hotel = TestHotel.create(api, "Colmar-" + UUID.randomUUID().toString().substring(0, 6), 3, 10, "120.00");
    }

    @Test
    void staffRaiseABaseRateAndTheGuestCalendarShowsTheNewPrice() {
        TestHotel priced = TestHotel.create(api, "Riquewihr-" + UUID.randomUUID().toString().substring(0, 6), 3, 10, "120.00");
        LocalDate night = Stays.startWithinMonth(priced, 20, 1);
        String rateForm = "form[data-room-type-id='" + priced.roomTypeId() + "']";
        try (Browser staff = Browser.open(mesh.edgeUrl(), "staff-rates"); Browser guest = Browser.open(mesh.edgeUrl(), "guest-calendar")) {
            guest.visit(Stays.calendar(priced, night));
            guest.waitForText(Stays.day(night), "€120.00");

            staff.signIn("staff-" + priced.hotelId(), "staff", priced.hotelId());
            staff.visit("/admin/hotels/" + priced.hotelId() + "/rates");
            staff.waitFor(rateForm + " input");
            staff.screenshots("admin-04-rates");
            staff.type(rateForm + " input", "180.00");
            staff.click(rateForm + " button");
            staff.waitForText("[data-status]", "€180.00");
            staff.waitForText("[data-price-calendar] tr[data-room-type-id='" + priced.roomTypeId() + "']", "€180.00");

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                guest.visit(Stays.calendar(priced, night));
                assertThat(guest.waitForText(Stays.day(night), "€").getText()).contains("€180.00");
            });
            guest.screenshots("guest-12-calendar-after-rate-change");
            staff.assertNoConsoleErrors();
            guest.assertNoConsoleErrors();
        }
    }

    @Test
    void staffRunTheirHotelFromThePanelAndForbiddenActionsAreNotOffered() {
        LocalDate arrival = Stays.startWithinMonth(hotel, 30, 2);
        String month = arrival.format(DateTimeFormatter.ofPattern("yyyy-MM"));
        TestHotel other = TestHotel.create(api, "Elsewhere-" + UUID.randomUUID().toString().substring(0, 6), 1, 0, "90.00");
        hotel.quoteAndBook(api, api.tokens().guest("heat-" + UUID.randomUUID()), arrival, arrival.plusDays(2), 2, "tok_approve");
        String base = "/admin/hotels/" + hotel.hotelId();
        try (Browser staff = Browser.open(mesh.edgeUrl(), "staff-panel")) {
            staff.signIn("staff-" + hotel.hotelId(), "staff", hotel.hotelId());
            staff.visit("/admin");
            staff.waitFor("[data-hotels] [data-hotel-id='" + hotel.hotelId() + "']");
            assertThat(staff.count("[data-hotels] > li")).as("staff see only their hotels").isEqualTo(1);
            assertThat(staff.shown("[data-create-section]")).as("only admins add hotels").isFalse();
            staff.screenshots("admin-01-hotels");

            staff.visit(base);
            staff.waitForText("[data-room-types]", "Standard double");
            staff.click("details.danger-zone summary");
            assertThat(staff.shown("[data-delete-hotel]")).isTrue();
            assertThat(staff.shown("[data-force-hotel-label]")).as("force delete is admin-only").isFalse();
            staff.click("details:has([data-room-form]) > summary");
            staff.type("#r-number", "901");
            staff.click("[data-room-form] button");
            staff.waitForText("[data-rooms]", "901");
            staff.setValue("#o-start", arrival.plusDays(5));
            staff.setValue("#o-end", arrival.plusDays(6));
            staff.type("#o-reason", "repainting");
            staff.click("[data-outage-form] button");
            staff.waitForText("[data-outages]", "repainting");
            staff.screenshots("admin-02-catalog");

            staff.visit(base + "/inventory?month=" + month);
            String cell = "[data-heatmap-body] tr[data-room-type-id='" + hotel.roomTypeId() + "'] td[data-date='" + arrival + "']";
            staff.waitFor(cell);
            assertThat(staff.attribute(cell, "data-reserved")).isEqualTo("2");
            assertThat(staff.attribute(cell, "class")).isEqualTo("heat-1");
            assertThat(staff.text(cell)).as("2 rooms reserved of 3 or 4 (the new room, once relayed)").matches("(?s)2/[34]\\s.*reserved.*");
            staff.screenshots("admin-03-inventory");

            // Half full or more that night: guests see the occupancy price (x1.10 by default), marked as such.
            staff.visit(Stays.calendar(hotel, arrival));
            staff.waitForText(Stays.day(arrival), "+10%");
            assertThat(staff.text(Stays.day(arrival))).contains("€132.00");
            assertThat(staff.text(Stays.day(arrival.plusDays(2)))).contains("€120.00").doesNotContain("%");
            staff.screenshots("guest-14-calendar-occupancy-price");

            staff.visit(base + "/policies");
            staff.waitFor("[data-overbooking-form]");
            staff.type("#percent", "20");
            staff.click("[data-preview-overbooking]");
            staff.waitForText("[data-overbooking-preview]", "No night is sold beyond 20%");
            staff.click("[data-overbooking-form] button[type=submit]");
            staff.waitForText("[data-status]", "Overbooking is now 20%");
            staff.screenshots("admin-05-policies");

            String guestId = "walk-in-" + UUID.randomUUID().toString().substring(0, 8);
            staff.visit(base + "/book");
            staff.type("#guest", guestId);
            staff.setValue("#start", arrival);
            staff.setValue("#end", arrival.plusDays(1));
            staff.click("[data-stay-form] button[type=submit]");
            staff.waitForText("[data-quote-text]", "€");
            staff.click("[data-book]");
            staff.waitForText("[data-outcome]", "Booked");
            staff.screenshots("admin-06-book-for-guest");

            staff.visit(base + "/arrivals");
            staff.setValue("#from", arrival);
            staff.click("[data-filter-form] button");
            String walkIn = "[data-arrivals] tr[data-guest-id='" + guestId + "']";
            staff.waitForText(walkIn, "Confirmed");
            assertThat(staff.count("[data-arrivals] tr")).as("the earlier booking arrives too").isGreaterThanOrEqualTo(2);
            staff.screenshots("admin-07-arrivals");
            staff.click(walkIn + " button.danger");
            staff.confirmDialog();
            staff.waitForText(walkIn, "Canceled and refunded");
            assertThat(staff.text(walkIn + " [data-refund]")).contains("goes back to the card");

            staff.visit("/admin/hotels/" + other.hotelId() + "/rates");
            staff.waitForText("[data-status]", "You do not manage this hotel");
            assertThat(staff.shown("[data-content]")).isFalse();
            staff.screenshots("admin-08-not-your-hotel");
            staff.assertNoConsoleErrors();
        }
    }

    @Test
    void anAdministratorSeesEveryHotelAndMayAddOne() {
        try (Browser admin = Browser.open(mesh.edgeUrl(), "admin")) {
            admin.signIn("admin-" + UUID.randomUUID().toString().substring(0, 6), "admin");
            admin.visit("/admin");
            admin.waitFor("[data-hotels] [data-hotel-id='" + hotel.hotelId() + "']");
            assertThat(admin.shown("[data-create-section]")).isTrue();
            admin.screenshots("admin-00-all-hotels");
            admin.visit("/admin/hotels/" + hotel.hotelId());
            admin.waitForText("[data-room-types]", "Standard double");
            admin.click("details.danger-zone summary");
            assertThat(admin.shown("[data-force-hotel-label]")).as("admins may force-delete").isTrue();
            admin.assertNoConsoleErrors();
        }
    }
}
