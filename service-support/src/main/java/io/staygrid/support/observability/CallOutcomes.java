package io.staygrid.support.observability;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.runtime.Interceptors;
import jakarta.enterprise.inject.spi.Prioritized;

/**
 * A server interceptor that meters the outcome of a few of a service's methods without touching their code: the
 * outcome of an answered call is read from its response message, that of a refused call is its ErrorInfo reason.
 * Subclasses name the methods they meter and record the outcome with fixed tag values only.
 */
public abstract class CallOutcomes implements ServerInterceptor, Prioritized {

    /**
     * Outside Quarkus' exception handler (which closes the call it was handed when a service method throws), so the
     * refusals it writes pass through this interceptor's view of the call too.
     */
    @Override
    public int getPriority() {
        return Interceptors.EXCEPTION_HANDLER + 1;
    }


    /** The operation tag of a metered method, or null to leave the call alone. */
    protected abstract String operation(MethodDescriptor<?, ?> method);

    /** How a call ended: an outcome and its reason, both from fixed sets ({@code NONE} when there is no reason). */
    public record Outcome(String outcome, String reason) {

        /** The outcome of a refused call: {@code REFUSED} with its ErrorInfo reason (or status code). */
        public static Outcome refused(Status status, Metadata trailers) {
            return new Outcome("REFUSED", GrpcOutcome.of(status, trailers));
        }
    }

    /** The outcome of a call of {@code operation} that answered {@code response}. */
    protected abstract Outcome answered(String operation, Object response);

    /** Records a finished call. */
    protected abstract void finished(String operation, Outcome outcome, long nanos);

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        String operation = operation(call.getMethodDescriptor());
        if (operation == null) {
            return next.startCall(call, headers);
        }
        long start = System.nanoTime();
        return next.startCall(new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            private Object response;

            @Override
            public void sendMessage(R message) {
                response = message;
                super.sendMessage(message);
            }

            @Override
            public void close(Status status, Metadata trailers) {
                Outcome outcome = status.isOk() && response != null ? answered(operation, response)
                        : Outcome.refused(status, trailers);
                finished(operation, outcome, System.nanoTime() - start);
                super.close(status, trailers);
            }
        }, headers);
    }
}
