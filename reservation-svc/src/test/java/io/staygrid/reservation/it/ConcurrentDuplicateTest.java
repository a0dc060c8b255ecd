package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.CreateReservationResponse;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.testing.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many submissions of one reservation_id at once make one reservation, one hold and one charge. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class ConcurrentDuplicateTest extends GrpcTestBase {

    @Test
    void thirtyTwoThreadsSubmittingOneIdGetOneReservationOneHoldAndOneCharge() throws Exception {
        CreateReservationRequest request = request("tok_approve").build();
        int threads = 32;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<CreateReservationResponse>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<CreateReservationResponse> submit = () -> {
                start.await();
                return api.createReservation(request);
            };
            answers.add(pool.submit(submit));
        }
        start.countDown();
        List<CreateReservationResponse> responses = new ArrayList<>();
        for (Future<CreateReservationResponse> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        // Duplicates are answered at once: PAID if the first call had finished, else still PENDING (clients poll).
        assertThat(responses).allSatisfy(r -> {
            assertThat(r.getReservation().getReservationId()).isEqualTo(request.getReservationId());
            assertThat(r.getReservation().getStatus()).isIn(ReservationStatus.RESERVATION_STATUS_PAID,
                    ReservationStatus.RESERVATION_STATUS_PENDING);
        });
        assertThat(responses).filteredOn(r -> !r.getReplayed()).singleElement()
                .satisfies(r -> assertThat(r.getReservation().getStatus())
                        .isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID));
        assertThat(get(request.getReservationId()).getStatus()).isEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
        String id = "'" + request.getReservationId() + "'";
        assertThat(count("SELECT count(*) FROM reservation WHERE reservation_id = " + id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge WHERE reservation_id = " + id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM payment WHERE reservation_id = " + id)).isEqualTo(1);
        assertThat(Downstreams.INVENTORY.takesById).containsEntry(request.getReservationId(), 1);
        assertThat(Downstreams.INVENTORY.holdCallsById).containsEntry(request.getReservationId(), 1);
    }
}
