package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Big List of Naughty Strings (test resources {@code blns/}, MIT) through the REST inputs that take free text, on
 * the real mesh (edge, hotel-svc, inventory-svc behind it): no answer is a 5xx; a string is either stored and read
 * back as sent, or refused with a 400 problem and nothing written. "As sent" is after the one normalization the
 * contract defines for these fields: surrounding white space is trimmed (hotel_service.proto; lengths count after
 * it), so {@code " test "} reads back {@code "test"}; nothing inside a string is ever changed.
 */
@ExtendWith(MeshExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NaughtyStringsTest {

    private StayGridApi api;
    private String admin;
    private String guest;
    private List<String> naughty;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void setUp(StayGridApi api) {
        this.api = api;
        this.admin = api.tokens().admin("blns-admin");
        this.guest = api.tokens().guest("blns-guest");
        naughty = Blns.strings();
        assertThat(naughty).hasSizeGreaterThan(400);
    }

    @Test
    void aHotelNamedWithAnyNaughtyStringIsStoredAsSentOrRefusedWithNothingWritten() {
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            String marker = "blns-" + run + "-" + i;
            ApiResponse created = api.createHotel(admin, s, marker, "FR", "Europe/Paris", "EUR");
            if (created.status() == 201) {
                ApiResponse read = api.getHotel(guest, created.id("hotelID"));
                soft.assertThat(read.text("name")).as("#%d stored name of %s", i, Blns.shown(s)).isEqualTo(s.strip());
            } else {
                soft.assertThat(created.status()).as("#%d %s: %s", i, Blns.shown(s), created).isEqualTo(400);
                soft.assertThat(created.isProblem()).as("#%d problem", i).isTrue();
                ApiResponse listed = api.get(guest, "/v1/hotels?city=" + marker);
                soft.assertThat(listed.body().path("hotels").size()).as("#%d nothing written", i).isZero();
            }
        }
        soft.assertAll();
    }

    @Test
    void aHotelInANaughtyCityIsStoredAsSentOrRefusedAndSearchingForItIsNeverAServerError() {
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            ApiResponse created = api.createHotel(admin, "BLNS city " + run + " " + i, s, "FR", "Europe/Paris", "EUR");
            if (created.status() == 201) {
                ApiResponse read = api.getHotel(guest, created.id("hotelID"));
                soft.assertThat(read.text("city")).as("#%d stored city of %s", i, Blns.shown(s)).isEqualTo(s.strip());
            } else {
                soft.assertThat(created.status()).as("#%d %s: %s", i, Blns.shown(s), created).isEqualTo(400);
            }
            ApiResponse search = api.get(guest, "/v1/hotels?city=" + URLEncoder.encode(s, StandardCharsets.UTF_8));
            soft.assertThat(search.status()).as("#%d search %s: %s", i, Blns.shown(s), search).isIn(200, 400);
            if (created.status() == 201 && search.status() == 200) {
                soft.assertThat(search.body().path("hotels").toString()).as("#%d found by its city", i)
                        .contains("\"hotelID\":" + created.id("hotelID"));
            }
        }
        soft.assertAll();
    }

    @Test
    void aNaughtyPathSegmentIsA4xxProblemNeverAServerError() {
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            if (s.isEmpty() || s.equals(".")) {
                continue; // not a segment: "/v1/hotels/" and "/v1/hotels/." are the collection itself
            }
            String segment = URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
            ApiResponse hotel = api.get(guest, "/v1/hotels/" + segment);
            soft.assertThat(hotel.status()).as("#%d /v1/hotels/%s: %s", i, segment, hotel).isBetween(400, 499);
            ApiResponse reservation = api.get(guest, "/v1/reservations/" + segment);
            soft.assertThat(reservation.status()).as("#%d /v1/reservations/%s: %s", i, segment, reservation)
                    .isBetween(400, 499);
        }
        soft.assertAll();
    }

    @Test
    void aRoomTypeNamedWithAnyNaughtyStringIsStoredAsSentOrRefused() {
        ApiResponse hotel = api.createHotel(admin, "BLNS room types " + run, "Nantes", "FR", "Europe/Paris", "EUR");
        assertThat(hotel.status()).as("%s", hotel).isEqualTo(201);
        long hotelId = hotel.id("hotelID");
        long last = 0;
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            ApiResponse created = api.createRoomType(admin, hotelId, s, 2);
            if (created.status() == 201) {
                ApiResponse read = api.get(guest, "/v1/hotels/" + hotelId + "/room-types/" + created.id("roomTypeID"));
                soft.assertThat(read.text("name")).as("#%d stored room type name of %s", i, Blns.shown(s))
                        .isEqualTo(s.strip());
                last = created.id("roomTypeID");
            } else {
                soft.assertThat(created.status()).as("#%d %s: %s", i, Blns.shown(s), created).isEqualTo(400);
            }
        }
        // Every room type goes to inventory-svc through hotel-svc's outbox: wait for the last one so the tests that
        // share this mesh do not wait behind this test's backlog.
        long lastRoomType = last;
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> api.inventoryCalendar(admin,
                hotelId, lastRoomType, LocalDate.now().plusDays(1), LocalDate.now().plusDays(2)).status() == 200);
        soft.assertAll();
    }
}
