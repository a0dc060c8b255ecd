package io.staygrid.support.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.ExceptionHandler;
import io.quarkus.grpc.ExceptionHandlerProvider;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.persistence.DatabaseErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Turns what a gRPC service method throws into what the client sees: a {@link DomainException}
 * becomes its canonical status with a {@code google.rpc.ErrorInfo} of this service's error domain;
 * a status the code built itself passes through; a database failure worth retrying is UNAVAILABLE with the
 * service's busy or unavailable reason ({@link DatabaseErrors}); anything else is logged with an incident id and
 * answered {@code INTERNAL} without the raw exception text.
 */
@ApplicationScoped
public class DomainExceptionHandlerProvider implements ExceptionHandlerProvider {

    private static final Logger LOG = Logger.getLogger(DomainExceptionHandlerProvider.class);

    private final String errorDomain;
    private final String busyReason;
    private final String unavailableReason;

    public DomainExceptionHandlerProvider(@ConfigProperty(name = "staygrid.error-domain") String errorDomain,
            @ConfigProperty(name = "staygrid.database.busy-reason", defaultValue = "DATABASE_BUSY") String busyReason,
            @ConfigProperty(name = "staygrid.database.unavailable-reason", defaultValue = "DATABASE_UNAVAILABLE")
            String unavailableReason) {
        this.errorDomain = errorDomain;
        this.busyReason = busyReason;
        this.unavailableReason = unavailableReason;
    }

    @Override
    public <ReqT, RespT> ExceptionHandler<ReqT, RespT> createHandler(
            ServerCall.Listener<ReqT> listener, ServerCall<ReqT, RespT> call, Metadata metadata) {
        return new ExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(Throwable t, ServerCall<ReqT, RespT> serverCall, Metadata headers) {
                if (serverCall.isCancelled()) {
                    // The caller is gone (its deadline passed, it cancelled): no answer reaches anyone, and what failed
                    // is often the cancellation itself: Quarkus destroys a cancelled call's request context (and its
                    // request-scoped Hibernate session) on the event loop while the worker thread goes on, which then
                    // fails as "Session/EntityManager is closed", "This statement has been closed" and the like. Not an
                    // incident: no INTERNAL, no error log (issue 13's soak counted them).
                    LOG.debugf(t, "%s failed after its caller cancelled it", serverCall.getMethodDescriptor().getFullMethodName());
                    closeQuietly(serverCall, Status.CANCELLED.withDescription("cancelled by the caller"), new Metadata());
                    return;
                }
                StatusRuntimeException status = toStatus(t);
                Metadata trailers = status.getTrailers() == null ? new Metadata() : status.getTrailers();
                closeQuietly(serverCall, status.getStatus(), trailers);
            }
        };
    }

    private static void closeQuietly(ServerCall<?, ?> call, Status status, Metadata trailers) {
        try {
            call.close(status, trailers);
        } catch (IllegalStateException alreadyClosed) {
            LOG.debugf("call already closed when answering %s", status.getCode());
        }
    }

    @Override
    public Throwable transform(Throwable t) {
        return toStatus(t);
    }

    StatusRuntimeException toStatus(Throwable t) {
        // Transactions and proxies wrap what the code threw: look down the cause chain for it.
        for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return GrpcErrors.toStatus(domain, errorDomain);
            }
            if (cause instanceof StatusRuntimeException sre) {
                return sre;
            }
            if (cause instanceof StatusException se) {
                return new StatusRuntimeException(se.getStatus(), se.getTrailers());
            }
        }
        Optional<DomainException> retryable = DatabaseErrors.retryable(t, busyReason, unavailableReason);
        if (retryable.isPresent()) {
            LOG.debugf(t, "database failure answered %s", retryable.get().reason());
            return GrpcErrors.toStatus(retryable.get(), errorDomain);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(t, "unexpected failure, incident %s", incident);
        return Status.INTERNAL.withDescription("internal error (incident " + incident + ")").asRuntimeException();
    }
}
