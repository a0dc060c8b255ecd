package io.staygrid.inventory.metrics;

import io.grpc.MethodDescriptor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.grpc.GlobalInterceptor;
import io.staygrid.inventory.v1.HoldRoomsResponse;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.inventory.v1.ReleaseHoldResponse;
import io.staygrid.support.observability.CallOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Holds by outcome, read from the answers of HoldRooms, ConfirmHold and ReleaseHold: {@code staygrid.inventory.holds}
 * (HELD, REPLAYED, CONFIRMED, RELEASED, NOTHING_HELD, or REFUSED with the reason, e.g. ROOMS_UNAVAILABLE),
 * {@code staygrid.inventory.hold.duration} (the whole transaction, row-lock waits included: under contention this
 * is where queueing on a room type's nights shows) and {@code staygrid.inventory.lock.timeouts} (calls that waited
 * past {@code staygrid.inventory.lock-timeout} and were refused INVENTORY_BUSY).
 */
@ApplicationScoped
@GlobalInterceptor
public class HoldOutcomes extends CallOutcomes {

    static final String BUSY = "INVENTORY_BUSY";

    private static final Map<String, String> OPERATIONS = Map.of(
            InventoryServiceGrpc.getHoldRoomsMethod().getFullMethodName(), "hold",
            InventoryServiceGrpc.getConfirmHoldMethod().getFullMethodName(), "confirm",
            InventoryServiceGrpc.getReleaseHoldMethod().getFullMethodName(), "release");

    private final MeterRegistry registry;

    public HoldOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected String operation(MethodDescriptor<?, ?> method) {
        return OPERATIONS.get(method.getFullMethodName());
    }

    @Override
    protected Outcome answered(String operation, Object response) {
        if (response instanceof HoldRoomsResponse held) {
            return new Outcome(held.getReplayed() ? "REPLAYED" : "HELD", "NONE");
        }
        if (response instanceof ReleaseHoldResponse released) {
            return new Outcome(released.hasHold() ? "RELEASED" : "NOTHING_HELD", "NONE");
        }
        return new Outcome("CONFIRMED", "NONE");
    }

    @Override
    protected void finished(String operation, Outcome outcome, long nanos) {
        Counter.builder("staygrid.inventory.holds")
                .description("HoldRooms, ConfirmHold and ReleaseHold calls by outcome and refusal reason")
                .tag("operation", operation).tag("outcome", outcome.outcome()).tag("reason", outcome.reason())
                .register(registry).increment();
        Timer.builder("staygrid.inventory.hold.duration")
                .description("Duration of hold operations including row-lock waits, by outcome")
                .tag("operation", operation).tag("outcome", outcome.outcome())
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        if (BUSY.equals(outcome.reason())) {
            Counter.builder("staygrid.inventory.lock.timeouts")
                    .description("Hold operations refused INVENTORY_BUSY after waiting the lock timeout for row locks")
                    .tag("operation", operation).register(registry).increment();
        }
    }
}
