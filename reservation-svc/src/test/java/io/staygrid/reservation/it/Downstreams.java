package io.staygrid.reservation.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.staygrid.testing.TestGrpcServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts real gRPC servers standing in for inventory-svc, pricing-svc and hotel-svc and points the app's clients at them. */
public class Downstreams implements QuarkusTestResourceLifecycleManager {

    public static final StandInInventory INVENTORY = new StandInInventory();
    public static final StandInPricing PRICING = new StandInPricing();
    public static final StandInHotel HOTEL = new StandInHotel();
    private TestGrpcServer server;

    @Override
    public Map<String, String> start() {
        INVENTORY.reset();
        PRICING.reset();
        HOTEL.reset();
        server = TestGrpcServer.start(INVENTORY, PRICING, HOTEL);
        String port = Integer.toString(server.port());
        // In test mode Quarkus dials a client's test-port (default: the app's own port), so set both.
        Map<String, String> config = new HashMap<>();
        for (String client : List.of("inventory", "pricing", "hotel")) {
            config.put("quarkus.grpc.clients." + client + ".host", "127.0.0.1");
            config.put("quarkus.grpc.clients." + client + ".port", port);
            config.put("quarkus.grpc.clients." + client + ".test-port", port);
        }
        return config;
    }

    @Override
    public void stop() {
        server.close();
    }
}
