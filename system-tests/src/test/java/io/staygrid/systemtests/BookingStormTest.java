package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MeshExtension.class)
class BookingStormTest {

    private static final int RACERS = 300;
    private static final int THREADS = 64;
    /** Quoting is set-up, not the race: a few at a time keep it within the edge's read deadline on a small machine. */
    private static final int QUOTING_THREADS = 8;

    @Test
    void threeHundredGuestsRaceForTheLastRoomsAndExactlyTheSellLimitIsSold(StayGridApi api) throws Exception {
        TestHotel hotel = TestHotel.create(api, "Marseille", 10, 10, "150.00");
        int sellLimit = hotel.sellLimit(10);
        assertThat(sellLimit).isEqualTo(11);
        LocalDate start = hotel.day(45);
        LocalDate end = start.plusDays(3);
        int alreadySold = sellLimit - 3;
        for (int i = 0; i < alreadySold; i++) {
            ApiResponse early = hotel.quoteAndBook(api, api.tokens().guest("early-" + i + "-" + UUID.randomUUID()), start, end, 1,
                    "tok_approve");
            assertThat(TestHotel.status(early)).as("%s", early).isEqualTo("PAID");
        }

        List<ApiResponse> answers = race(api, hotel, start, end);
        assertThat(answers).hasSize(RACERS).allSatisfy(r -> assertThat(r.status()).as("%s", r).isLessThan(500));
        List<ApiResponse> outcomes = answers.stream().map(r -> finalState(api, r)).toList();

        List<ApiResponse> paid = outcomes.stream().filter(r -> r.status() == 201 && "PAID".equals(TestHotel.status(r))).toList();
        List<ApiResponse> refused = outcomes.stream().filter(r -> !paid.contains(r)).toList();
        assertThat(paid).as("racers booked").hasSize(sellLimit - alreadySold);
        assertThat(refused).hasSize(RACERS - paid.size()).allSatisfy(BookingStormTest::assertRefusedCleanly);
        System.out.println("booking storm outcomes: " + outcomes.stream()
                .collect(Collectors.groupingBy(BookingStormTest::outcome, Collectors.counting())));

        assertThat(hotel.inventoryNights(api, start, end)).hasSize(3).allSatisfy(night -> {
            assertThat(night.path("totalReserved").asInt()).as("%s", night).isEqualTo(sellLimit);
            assertThat(night.path("sellLimit").asInt()).as("%s", night).isEqualTo(sellLimit);
            assertThat(night.path("availableRooms").asInt()).as("%s", night).isZero();
        });
        assertThat(paidRoomsArriving(api, hotel, start)).as("reservations agree with inventory").isEqualTo(sellLimit);
    }

    /**
     * A refusal is exactly a REJECTED reservation for ROOMS_UNAVAILABLE: never a problem, never another reason
     * (a busy or failing inventory must leave the booking PENDING for recovery, not call it sold out).
     */
    private static void assertRefusedCleanly(ApiResponse r) {
        assertThat(r.isProblem()).as("%s", r).isFalse();
        assertThat(TestHotel.status(r)).as("%s", r).isEqualTo("REJECTED");
        assertThat(r.text("rejectionReason")).as("%s", r).isEqualTo("ROOMS_UNAVAILABLE");
    }

    /**
     * The booking as it ends: a PENDING answer (inventory was busy; recovery finishes it within a lease and a
     * recovery interval) is polled until it is PAID or REJECTED.
     */
    private static ApiResponse finalState(StayGridApi api, ApiResponse answer) {
        if (answer.isProblem() || !"PENDING".equals(TestHotel.status(answer))) {
            return answer;
        }
        String guest = answer.text("guestID");
        String id = answer.text("reservationID");
        return Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> api.reservation(api.tokens().guest(guest), id),
                        r -> r.status() == 200 && !"PENDING".equals(TestHotel.status(r)));
    }

    private static String outcome(ApiResponse r) {
        return r.status() + " " + (r.isProblem() ? r.reason() : TestHotel.status(r) + " " + r.text("rejectionReason"));
    }

    /** PAID rooms of the staff list of reservations arriving on {@code start}, every page. */
    private static long paidRoomsArriving(StayGridApi api, TestHotel hotel, LocalDate start) {
        long rooms = 0;
        String pageToken = "";
        do {
            ApiResponse page = api.hotelReservations(hotel.staffToken(), hotel.hotelId(), start, start.plusDays(1), "PAID", 200, pageToken);
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            for (var r : page.body().path("reservations")) {
                assertThat(r.path("status").asText()).isEqualTo("PAID");
                rooms += r.path("rooms").asInt();
            }
            pageToken = page.body().path("nextPageToken").asText("");
        } while (!pageToken.isEmpty());
        return rooms;
    }

    /** Every racer quotes first (a few in parallel); then all bookings are released at once. */
    private static List<ApiResponse> race(StayGridApi api, TestHotel hotel, LocalDate start, LocalDate end) throws Exception {
        ExecutorService quoters = Executors.newFixedThreadPool(QUOTING_THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<Map.Entry<String, ApiResponse>>> quoting = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String guest = api.tokens().guest("racer-" + i + "-" + UUID.randomUUID());
                quoting.add(() -> {
                    ApiResponse quote = api.quote(guest, hotel.hotelId(), hotel.roomTypeId(), start, end, 1);
                    assertThat(quote.status()).as("quote: %s", quote).isEqualTo(200);
                    return Map.entry(guest, quote);
                });
            }
            List<Map.Entry<String, ApiResponse>> quoted = new ArrayList<>();
            for (Future<Map.Entry<String, ApiResponse>> f : quoters.invokeAll(quoting)) {
                quoted.add(f.get());
            }

            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (Map.Entry<String, ApiResponse> racer : quoted) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return book(api, racer.getKey(), racer.getValue(), hotel, start, end);
                }));
            }
            go.countDown();
            List<ApiResponse> outcomes = new ArrayList<>();
            for (Future<ApiResponse> f : futures) {
                outcomes.add(f.get(3, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            quoters.shutdownNow();
            pool.shutdownNow();
        }
    }

    /** One booking attempt; the mesh runs with the edge's rate limit lifted, so a 429 here is a failure. */
    private static ApiResponse book(StayGridApi api, String guest, ApiResponse quote, TestHotel hotel, LocalDate start,
            LocalDate end) {
        return api.book(guest, quote, hotel.hotelId(), hotel.roomTypeId(), start, end, 1, "tok_approve", null);
    }
}
