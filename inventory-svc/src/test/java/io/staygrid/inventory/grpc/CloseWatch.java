package io.staygrid.inventory.grpc;

import io.grpc.ForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;

/**
 * Test-only: remembers the reservation ids of the HoldRooms calls whose response has been handed to the transport
 * (the server call closed), so a test can wait for a late response to be written.
 */
@ApplicationScoped
@GlobalInterceptor
public class CloseWatch implements ServerInterceptor {

    private final Set<String> closed = ConcurrentHashMap.newKeySet();

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        if (!call.getMethodDescriptor().getBareMethodName().equals("HoldRooms")) {
            return next.startCall(call, headers);
        }
        String[] id = new String[1];
        ServerCall<Q, A> watched = new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            @Override
            public void close(Status status, Metadata trailers) {
                super.close(status, trailers);
                if (id[0] != null) {
                    closed.add(id[0]);
                }
            }
        };
        ServerCall.Listener<Q> listener = next.startCall(watched, headers);
        return new io.grpc.ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
            @Override
            public void onMessage(Q message) {
                if (message instanceof io.staygrid.inventory.v1.HoldRoomsRequest request) {
                    id[0] = request.getReservationId();
                }
                super.onMessage(message);
            }
        };
    }

    /** Waits until the HoldRooms call of {@code reservationId} has closed (its response handed to the transport). */
    public void awaitClosed(String reservationId, Duration atMost) {
        Awaitility.await().atMost(atMost).until(() -> closed.contains(reservationId));
    }
}
