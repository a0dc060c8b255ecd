package io.staygrid.edge.standin;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.staygrid.testing.TestGrpcServer;
import java.util.HashMap;
import java.util.Map;

/** Points every client at a port where a stand-in ran and was stopped: the backends are down. */
public class StoppedStandIns implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String client : new String[] { "hotel", "inventory", "pricing", "reservation" }) {
            TestGrpcServer server = TestGrpcServer.start(new InMemoryHotelService());
            int port = server.port();
            server.close();
            StandIns.pointAt(config, client, port);
        }
        return config;
    }

    @Override
    public void stop() {
    }
}
