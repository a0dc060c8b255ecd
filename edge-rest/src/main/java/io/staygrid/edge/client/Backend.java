package io.staygrid.edge.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** The backend services edge-rest calls, and the one way every call is made: with a deadline, failures tagged. */
public enum Backend {
    HOTEL("hotel service", "HOTEL_SERVICE"),
    INVENTORY("inventory service", "INVENTORY_SERVICE"),
    PRICING("pricing service", "PRICING_SERVICE"),
    RESERVATION("reservation service", "RESERVATION_SERVICE");

    private final String displayName;
    private final String reasonPrefix;

    Backend(String displayName, String reasonPrefix) {
        this.displayName = displayName;
        this.reasonPrefix = reasonPrefix;
    }

    public String displayName() {
        return displayName;
    }

    /** Reason of a problem when this backend cannot be reached, e.g. HOTEL_SERVICE_UNAVAILABLE. */
    public String unavailableReason() {
        return reasonPrefix + "_UNAVAILABLE";
    }

    /** Reason of a problem when this backend did not answer within the deadline, e.g. HOTEL_SERVICE_TIMEOUT. */
    public String timeoutReason() {
        return reasonPrefix + "_TIMEOUT";
    }

    /**
     * Waits for a call started on a future stub (its own deadline bounds the wait); a failure becomes a
     * {@link DownstreamException} naming this backend, as for {@link #call}.
     */
    public <R> R await(Future<R> started) {
        try {
            return started.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StatusRuntimeException status) {
                throw new DownstreamException(this, status);
            }
            throw new DownstreamException(this, Status.fromThrowable(e.getCause()).asRuntimeException());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.cancel(true);
            throw new DownstreamException(this, Status.CANCELLED.withCause(e).asRuntimeException());
        }
    }

    /** Calls the stub with the given deadline; a failure becomes a {@link DownstreamException} naming this backend. */
    public <S extends AbstractStub<S>, R> R call(S stub, Duration deadline, Function<S, R> call) {
        try {
            return call.apply(stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS));
        } catch (StatusRuntimeException e) {
            throw new DownstreamException(this, e);
        }
    }
}
