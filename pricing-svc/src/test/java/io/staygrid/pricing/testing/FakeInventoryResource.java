package io.staygrid.pricing.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.staygrid.testing.TestGrpcServer;
import java.util.Map;

/** Starts the {@link FakeInventory} stand-in on a free port and points the app's inventory client at it. */
public class FakeInventoryResource implements QuarkusTestResourceLifecycleManager {

    private FakeInventory inventory;
    private TestGrpcServer server;

    @Override
    public Map<String, String> start() {
        inventory = new FakeInventory();
        server = TestGrpcServer.start(inventory);
        String port = Integer.toString(server.port());
        // In test mode Quarkus points every client at the app's own test port unless test-port is set.
        return Map.of("quarkus.grpc.clients.inventory.host", "127.0.0.1",
                "quarkus.grpc.clients.inventory.port", port,
                "quarkus.grpc.clients.inventory.test-port", port);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(inventory, new TestInjector.MatchesType(FakeInventory.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
