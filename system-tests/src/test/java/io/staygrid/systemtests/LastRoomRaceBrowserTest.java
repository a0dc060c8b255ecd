package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.staygrid.systemtests.browser.Browser;
import io.staygrid.systemtests.browser.BrowserTest;
import io.staygrid.systemtests.browser.Stays;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two guests in two browsers press "Book" for the last room at the same moment. */
@BrowserTest
class LastRoomRaceBrowserTest {

    private static final Duration OUTCOME = Duration.ofSeconds(30);

    @Test
    void twoBrowsersRaceForTheLastRoomOneGetsItTheOtherSeesSoldOut(StayGridApi api, RunningMesh mesh) throws Exception {
        TestHotel hotel = TestHotel.create(api, "Honfleur-" + UUID.randomUUID().toString().substring(0, 6), 1, 0, "99.00");
        LocalDate start = hotel.day(35);
        LocalDate end = start.plusDays(2);
        try (Browser first = Browser.open(mesh.edgeUrl(), "racer-1"); Browser second = Browser.open(mesh.edgeUrl(), "racer-2")) {
            List<Browser> racers = List.of(first, second);
            for (Browser racer : racers) {
                racer.signIn("racer-" + UUID.randomUUID().toString().substring(0, 8), "guest");
                racer.visit(Stays.book(hotel, start, end, 1));
                racer.waitForText("[data-total]", "€198.00");
                racer.waitFor("[data-book-button]");
            }

            pressBookTogether(racers);

            List<String> outcomes = new ArrayList<>();
            for (Browser racer : racers) {
                racer.waitUntil("a confirmation or a refusal", OUTCOME,
                        () -> racer.url().contains("/confirmation") && racer.shown("[data-confirmation]") || racer.shown("[data-outcome]"));
                outcomes.add(racer.url().contains("/confirmation") ? "confirmed" : racer.attribute("[data-outcome]", "data-state"));
            }
            assertThat(outcomes).containsExactlyInAnyOrder("confirmed", "ROOMS_UNAVAILABLE");
            Browser loser = racers.get(outcomes.indexOf("ROOMS_UNAVAILABLE"));
            assertThat(loser.text("[data-outcome]")).contains("Sold out", "Choose other dates");
            loser.screenshots("guest-13-sold-out");
            assertThat(hotel.inventoryNights(api, start, end)).allSatisfy(night ->
                    assertThat(night.path("totalReserved").asInt()).as("%s", night).isEqualTo(1));
            first.assertNoConsoleErrors();
            second.assertNoConsoleErrors();
        }
    }

    /** Both clicks are released by one latch, from two threads: neither browser waits for the other. */
    private static void pressBookTogether(List<Browser> racers) throws Exception {
        ExecutorService hands = Executors.newFixedThreadPool(racers.size());
        try {
            CountDownLatch ready = new CountDownLatch(racers.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> clicks = new ArrayList<>();
            for (Browser racer : racers) {
                clicks.add(hands.submit(() -> {
                    ready.countDown();
                    go.await();
                    racer.click("[data-book-button]");
                    return null;
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<?> click : clicks) {
                click.get(OUTCOME.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            hands.shutdownNow();
        }
    }
}
