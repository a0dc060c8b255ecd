package io.staygrid.edge.standin;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.staygrid.testing.TestGrpcServer;
import java.util.HashMap;
import java.util.Map;

/** Starts the four backend stand-ins as real gRPC servers and points edge-rest's clients at them. */
public class StandIns implements QuarkusTestResourceLifecycleManager {

    public static volatile InMemoryHotelService hotel;
    public static volatile FakeInventoryService inventory;
    public static volatile FakePricingService pricing;
    public static volatile InMemoryReservationService reservation;
    private TestGrpcServer[] servers;

    @Override
    public Map<String, String> start() {
        hotel = new InMemoryHotelService();
        inventory = new FakeInventoryService();
        pricing = new FakePricingService();
        reservation = new InMemoryReservationService();
        servers = new TestGrpcServer[] { TestGrpcServer.start(hotel), TestGrpcServer.start(inventory),
                TestGrpcServer.start(pricing), TestGrpcServer.start(reservation) };
        Map<String, String> config = new HashMap<>();
        String[] clients = { "hotel", "inventory", "pricing", "reservation" };
        for (int i = 0; i < clients.length; i++) {
            pointAt(config, clients[i], servers[i].port());
        }
        return config;
    }

    /** In test launch mode Quarkus' gRPC clients use test-port, so both are set. */
    static void pointAt(Map<String, String> config, String client, int port) {
        config.put("quarkus.grpc.clients." + client + ".host", "127.0.0.1");
        config.put("quarkus.grpc.clients." + client + ".port", Integer.toString(port));
        config.put("quarkus.grpc.clients." + client + ".test-port", Integer.toString(port));
    }

    @Override
    public void stop() {
        for (TestGrpcServer server : servers) {
            server.close();
        }
    }
}
