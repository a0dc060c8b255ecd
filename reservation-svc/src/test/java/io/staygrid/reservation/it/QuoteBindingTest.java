package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.RejectionReason;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.testing.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A quote prices at most one booking: it is bound to the first reservation that uses it. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class QuoteBindingTest extends GrpcTestBase {

    @Test
    void aSecondReservationWithTheSameQuoteIsRejectedAndTakesNothing() {
        CreateReservationRequest first = request("tok_approve").build();
        CreateReservationRequest second = first.toBuilder().setReservationId(UUID.randomUUID().toString()).build();

        Reservation paid = api.createReservation(first).getReservation();
        Reservation refused = api.createReservation(second).getReservation();

        assertThat(paid.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
        assertThat(refused.getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_REJECTED);
        assertThat(refused.getRejectionReason()).isEqualTo(RejectionReason.REJECTION_REASON_QUOTE_ALREADY_USED);
        assertThat(Downstreams.INVENTORY.holdCallsById).doesNotContainKey(second.getReservationId());
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge WHERE reservation_id = '"
                + second.getReservationId() + "'")).isZero();
        assertThat(api.createReservation(first).getReplayed()).as("the first booking still replays").isTrue();
    }

    @Test
    void aQuoteWhoseBookingWasRejectedCanBeUsedAgain() {
        CreateReservationRequest declined = request("tok_decline").build();
        CreateReservationRequest retry = declined.toBuilder().setReservationId(UUID.randomUUID().toString())
                .setPaymentToken("tok_approve").build();

        assertThat(api.createReservation(declined).getReservation().getStatus())
                .isEqualTo(ReservationStatus.RESERVATION_STATUS_REJECTED);
        assertThat(api.createReservation(retry).getReservation().getStatus())
                .isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
    }

    @Test
    void sixteenReservationsRacingWithOneQuoteBookExactlyOnce() throws Exception {
        CreateReservationRequest template = request("tok_approve").build();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reservation>> racers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                CreateReservationRequest r = template.toBuilder().setReservationId(UUID.randomUUID().toString()).build();
                racers.add(pool.submit(() -> {
                    go.await();
                    return api.createReservation(r).getReservation();
                }));
            }
            go.countDown();
            List<Reservation> outcomes = new ArrayList<>();
            for (Future<Reservation> f : racers) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }

            assertThat(outcomes).filteredOn(r -> r.getStatus() == ReservationStatus.RESERVATION_STATUS_PAID).hasSize(1);
            assertThat(outcomes).filteredOn(r -> r.getStatus() != ReservationStatus.RESERVATION_STATUS_PAID)
                    .hasSize(15)
                    .allSatisfy(r -> assertThat(r.getRejectionReason())
                            .isEqualTo(RejectionReason.REJECTION_REASON_QUOTE_ALREADY_USED));
            assertThat(count("SELECT count(*) FROM sandbox_gateway_charge WHERE outcome = 'APPROVED' AND reservation_id IN"
                    + " (SELECT reservation_id FROM reservation WHERE quote_id = '" + template.getQuoteId() + "')"))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
