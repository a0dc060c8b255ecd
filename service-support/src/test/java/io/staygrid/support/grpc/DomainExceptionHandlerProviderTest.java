package io.staygrid.support.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.GrpcErrors;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What a call that threw is answered, through the handler Quarkus wraps every call's listener in. */
class DomainExceptionHandlerProviderTest {

    private final DomainExceptionHandlerProvider provider = new DomainExceptionHandlerProvider("test.staygrid.io",
            "DATABASE_BUSY", "DATABASE_UNAVAILABLE");

    @Test
    void aFailureAfterTheCallerCancelledIsAnsweredCancelledNotInternal() {
        // Quarkus destroyed the cancelled call's request context while the worker went on: its session is closed.
        FakeCall call = new FakeCall(true);

        halfCloseThrowing(call, new IllegalStateException("Session/EntityManager is closed"));

        assertThat(call.closedWith.getCode()).isEqualTo(Status.Code.CANCELLED);
    }

    @Test
    void theSameFailureOfACallStillWantedIsInternal() {
        FakeCall call = new FakeCall(false);

        halfCloseThrowing(call, new IllegalStateException("Session/EntityManager is closed"));

        assertThat(call.closedWith.getCode()).isEqualTo(Status.Code.INTERNAL);
        assertThat(call.closedWith.getDescription()).startsWith("internal error (incident ");
    }

    @Test
    void aLostDatabaseConnectionIsUnavailableWithItsReason() {
        FakeCall call = new FakeCall(false);

        halfCloseThrowing(call, new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.",
                "08006")));

        assertThat(call.closedWith.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GrpcErrors.errorInfo(call.closedWith.asRuntimeException(call.trailers)).orElseThrow().getReason())
                .isEqualTo("DATABASE_UNAVAILABLE");
    }

    @Test
    void aDomainRefusalPassesThroughWithItsReason() {
        FakeCall call = new FakeCall(false);

        halfCloseThrowing(call, DomainException.failedPrecondition("BASE_RATE_NOT_SET", "no base rate"));

        assertThat(call.closedWith.getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    }

    private void halfCloseThrowing(FakeCall call, RuntimeException failure) {
        ServerCall.Listener<String> listener = new ServerCall.Listener<>() {
            @Override
            public void onHalfClose() {
                throw failure;
            }
        };
        provider.createHandler(listener, call, new Metadata()).onHalfClose();
    }

    private static final class FakeCall extends ServerCall<String, String> {

        private static final MethodDescriptor.Marshaller<String> STRINGS = new MethodDescriptor.Marshaller<>() {
            @Override
            public InputStream stream(String value) {
                return new ByteArrayInputStream(value.getBytes());
            }

            @Override
            public String parse(InputStream stream) {
                return "";
            }
        };

        private final boolean cancelled;
        Status closedWith;
        Metadata trailers;

        FakeCall(boolean cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public void request(int numMessages) {
        }

        @Override
        public void sendHeaders(Metadata headers) {
        }

        @Override
        public void sendMessage(String message) {
        }

        @Override
        public void close(Status status, Metadata trailers) {
            this.closedWith = status;
            this.trailers = trailers;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public MethodDescriptor<String, String> getMethodDescriptor() {
            return MethodDescriptor.<String, String>newBuilder().setType(MethodDescriptor.MethodType.UNARY)
                    .setFullMethodName("test.v1.TestService/Call").setRequestMarshaller(STRINGS)
                    .setResponseMarshaller(STRINGS).build();
        }
    }
}
