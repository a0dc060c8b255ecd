package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.reservation.v1.GetReservationRequest;
import io.staygrid.reservation.v1.ListHotelReservationsRequest;
import io.staygrid.reservation.v1.ListReservationEventsRequest;
import io.staygrid.reservation.v1.ListReservationsRequest;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** No N+1: every read and list RPC costs a fixed number of statements, however many rows it returns. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class StatementCountTest extends GrpcTestBase {

    static final long HOTEL_FEW = 301;
    static final long HOTEL_MANY = 302;

    @Inject
    SessionFactory sessionFactory;

    /** Statements prepared while {@code call} runs (the app serves it in this JVM, synchronously). */
    long statements(Runnable call) {
        Statistics stats = sessionFactory.getStatistics();
        long before = stats.getPrepareStatementCount();
        call.run();
        return stats.getPrepareStatementCount() - before;
    }

    List<String> book(String guest, long hotel, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(api.createReservation(request(guest, hotel, today().plusDays(20 + i), today().plusDays(22 + i),
                    "tok_approve").build()).getReservation().getReservationId());
        }
        return ids;
    }

    @Test
    void everyListAndReadCostsTheSameFewStatementsForOneRowOrTwelve() {
        String few = "guest-few-" + System.nanoTime();
        String many = "guest-many-" + System.nanoTime();
        String one = book(few, HOTEL_FEW, 1).get(0);
        String busy = book(many, HOTEL_MANY, 12).get(0);

        long guestFew = statements(() -> api.listReservations(ListReservationsRequest.newBuilder().setGuestId(few)
                .setPageSize(50).build()));
        long guestMany = statements(() -> assertThat(api.listReservations(ListReservationsRequest.newBuilder()
                .setGuestId(many).setPageSize(50).build()).getReservationsCount()).isEqualTo(12));
        long hotelFew = statements(() -> api.listHotelReservations(ListHotelReservationsRequest.newBuilder()
                .setHotelId(HOTEL_FEW).setPageSize(50).build()));
        long hotelMany = statements(() -> assertThat(api.listHotelReservations(ListHotelReservationsRequest.newBuilder()
                .setHotelId(HOTEL_MANY).setPageSize(50).build()).getReservationsCount()).isEqualTo(12));
        long eventsOne = statements(() -> api.listReservationEvents(ListReservationEventsRequest.newBuilder()
                .setReservationId(one).setPageSize(50).build()));
        long eventsBusy = statements(() -> api.listReservationEvents(ListReservationEventsRequest.newBuilder()
                .setReservationId(busy).setPageSize(50).build()));
        long get = statements(() -> api.getReservation(GetReservationRequest.newBuilder().setReservationId(one).build()));

        assertThat(guestMany).as("guest list").isEqualTo(guestFew).isEqualTo(1);
        assertThat(hotelMany).as("hotel list").isEqualTo(hotelFew).isEqualTo(1);
        assertThat(eventsBusy).as("audit trail: the ownership check and the page").isEqualTo(eventsOne).isEqualTo(2);
        assertThat(get).as("one reservation").isEqualTo(1);
    }
}
