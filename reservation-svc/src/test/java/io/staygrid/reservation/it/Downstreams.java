package io.staygrid.reservation.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.staygrid.testing.TestGrpcServer;
import java.util.Map;

/** Starts real gRPC servers standing in for inventory-svc and pricing-svc and points the app's clients at them. */
public class Downstreams implements QuarkusTestResourceLifecycleManager {

    public static final StandInInventory INVENTORY = new StandInInventory();
    public static final StandInPricing PRICING = new StandInPricing();
    private TestGrpcServer server;

    @Override
    public Map<String, String> start() {
        INVENTORY.reset();
        PRICING.reset();
        server = TestGrpcServer.start(INVENTORY, PRICING);
        String port = Integer.toString(server.port());
        // In test mode Quarkus dials a client's test-port (default: the app's own port), so set both.
        return Map.of("quarkus.grpc.clients.inventory.host", "127.0.0.1", "quarkus.grpc.clients.inventory.port", port,
                "quarkus.grpc.clients.inventory.test-port", port,
                "quarkus.grpc.clients.pricing.host", "127.0.0.1", "quarkus.grpc.clients.pricing.port", port,
                "quarkus.grpc.clients.pricing.test-port", port);
    }

    @Override
    public void stop() {
        server.close();
    }
}
