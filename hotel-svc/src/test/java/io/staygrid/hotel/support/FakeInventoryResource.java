package io.staygrid.hotel.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.staygrid.testing.TestGrpcServer;
import java.util.Map;

/** Points the application's `inventory` gRPC client at a {@link FakeInventory} on a free port. */
public class FakeInventoryResource implements QuarkusTestResourceLifecycleManager {

    private TestGrpcServer server;

    @Override
    public Map<String, String> start() {
        server = TestGrpcServer.start(FakeInventory.INSTANCE);
        String port = Integer.toString(server.port());
        // In test mode Quarkus points gRPC clients at the test port unless the client's test-port says otherwise.
        return Map.of("quarkus.grpc.clients.inventory.host", "127.0.0.1",
                "quarkus.grpc.clients.inventory.port", port,
                "quarkus.grpc.clients.inventory.test-port", port);
    }

    @Override
    public void stop() {
        server.close();
    }
}
