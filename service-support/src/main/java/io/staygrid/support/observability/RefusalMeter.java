package io.staygrid.support.observability;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.grpc.GlobalInterceptor;
import io.quarkus.grpc.runtime.Interceptors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Prioritized;

/**
 * Counts every gRPC call a service refuses by method and ErrorInfo reason ({@code staygrid.grpc.server.refusals}):
 * Micrometer's own gRPC meters only know the status code, and UNAVAILABLE alone does not tell DATABASE_BUSY from
 * INVENTORY_UNAVAILABLE. Tags are the method name and the reason, both fixed sets.
 */
@ApplicationScoped
@GlobalInterceptor
public class RefusalMeter implements ServerInterceptor, Prioritized {

    /**
     * Outside Quarkus' exception handler (which closes the call it was handed when a service method throws), so the
     * refusals it writes pass through this interceptor's view of the call too.
     */
    @Override
    public int getPriority() {
        return Interceptors.EXCEPTION_HANDLER + 1;
    }


    public static final String NAME = "staygrid.grpc.server.refusals";

    private final MeterRegistry registry;

    public RefusalMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        return next.startCall(new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            @Override
            public void close(Status status, Metadata trailers) {
                if (!status.isOk()) {
                    Counter.builder(NAME)
                            .description("gRPC calls refused, by method, status code and ErrorInfo reason")
                            .tag("service", call.getMethodDescriptor().getServiceName())
                            .tag("method", call.getMethodDescriptor().getBareMethodName())
                            .tag("code", status.getCode().name())
                            .tag("reason", GrpcOutcome.of(status, trailers))
                            .register(registry).increment();
                }
                super.close(status, trailers);
            }
        }, headers);
    }
}
