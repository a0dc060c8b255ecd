package io.staygrid.localrunner;

import com.google.type.Money;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.staygrid.pricing.v1.PricingServiceGrpc;
import io.staygrid.pricing.v1.SetBaseRateRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Sets the base rate of every seeded room type through PricingService. pricing-svc accepts a room
 * type only once inventory-svc knows it, which hotel-svc tells inventory-svc asynchronously, so a
 * refusal for that reason is retried until the deadline.
 */
public final class RateSeeder {

    private static final Set<Status.Code> RETRIED = EnumSet.of(Status.Code.NOT_FOUND, Status.Code.FAILED_PRECONDITION,
            Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);

    private final PricingServiceGrpc.PricingServiceBlockingStub pricing;
    private final Duration patience;

    public RateSeeder(ManagedChannel channel, Duration patience) {
        this.pricing = PricingServiceGrpc.newBlockingStub(channel);
        this.patience = patience;
    }

    /** Sets every rate; throws the last refusal if one still fails when the deadline passes. */
    public void seed(List<SeededRoomType> roomTypes) {
        Instant deadline = Instant.now().plus(patience);
        for (SeededRoomType t : roomTypes) {
            SetBaseRateRequest request = SetBaseRateRequest.newBuilder().setHotelId(t.hotelId()).setRoomTypeId(t.roomTypeId())
                    .setNightlyRate(Money.newBuilder().setCurrencyCode(t.currencyCode()).setUnits(t.nightlyRateUnits()))
                    .build();
            setWithRetries(request, deadline);
        }
    }

    private void setWithRetries(SetBaseRateRequest request, Instant deadline) {
        while (true) {
            try {
                pricing.withDeadlineAfter(10, TimeUnit.SECONDS).setBaseRate(request);
                return;
            } catch (StatusRuntimeException e) {
                if (!RETRIED.contains(e.getStatus().getCode()) || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding rates", e);
        }
    }
}
