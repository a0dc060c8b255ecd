package io.staygrid.pricing.service;

import static io.staygrid.pricing.testing.Fixtures.eur;
import static io.staygrid.pricing.testing.Fixtures.newHotel;
import static io.staygrid.pricing.testing.Fixtures.setBaseRate;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.pricing.domain.HotelRates;
import io.staygrid.pricing.testing.FakeInventory;
import io.staygrid.pricing.testing.FakeInventoryResource;
import io.staygrid.pricing.v1.PricingServiceGrpc.PricingServiceBlockingStub;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The "hotel-rates" cache's loader runs on the thread of the first caller to miss, and every caller of the same
 * hotel meanwhile gets its result or its failure. When that first caller's gRPC call is cancelled (its deadline
 * passed), Quarkus destroys the call's request context on the event loop (GrpcRequestContextGrpcInterceptor's
 * onCancel) while the worker goes on loading: the load used to fail there (ContextNotActiveException, a closed
 * statement or logical connection), and the callers waiting for it got INTERNAL, which the edge answers 502
 * (issue 13's soak, during a back end's and PostgreSQL's absence). The load reads in a transaction of its own now.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = FakeInventoryResource.class, restrictToAnnotatedClass = true)
class RateSnapshotsCancelledCallerTest {

    @GrpcClient("self")
    PricingServiceBlockingStub pricing;

    @Inject
    RateSnapshots snapshots;

    FakeInventory inventory;

    private long pricedHotel() {
        long hotel = newHotel();
        inventory.addRoomType(hotel, 1, 10);
        setBaseRate(pricing, hotel, 1, eur(100));
        snapshots.forget(hotel);
        return hotel;
    }

    @Test
    void aMissLoadsTheRatesWhenTheCallersRequestContextWasDestroyedAsACancelledCallsIs() throws Exception {
        long hotel = pricedHotel();
        ManagedContext requestContext = Arc.container().requestContext();

        HotelRates rates = onAnotherThread(() -> {
            requestContext.activate();
            try {
                InjectableContext.ContextState state = requestContext.getState();
                // What the gRPC request-context interceptor does on the event loop when the call is cancelled.
                requestContext.destroy(state);
                return snapshots.of(hotel);
            } finally {
                requestContext.deactivate();
            }
        });

        assertThat(rates.baseRates()).extracting(BaseRate::roomTypeId).containsExactly(1L);
        assertThat(rates.baseRates().get(0).nightlyRate().minorUnits()).isEqualTo(10_000);
    }

    @Test
    void aMissLoadsTheRatesOnAThreadWithoutAnyRequestContext() throws Exception {
        long hotel = pricedHotel();

        HotelRates rates = onAnotherThread(() -> snapshots.of(hotel));

        assertThat(rates.baseRates()).extracting(BaseRate::roomTypeId).containsExactly(1L);
        assertThat(rates.rule().hotelId()).isEqualTo(hotel);
    }

    private static <T> T onAnotherThread(Callable<T> task) throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            return thread.submit(task).get(30, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
    }
}
