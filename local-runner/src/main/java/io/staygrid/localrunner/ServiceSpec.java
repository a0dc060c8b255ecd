package io.staygrid.localrunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One service of the mesh as the launcher sees it: its Maven module, its usual ports, and the
 * database it owns (none for the stateless edge).
 *
 * @param module   Maven module directory, also the log file name
 * @param port     the port callers dial: gRPC for a back end (its own gRPC server), REST for the edge
 * @param httpPort the HTTP port (health, metrics; the edge's REST, so the same as {@code port} there)
 * @param database database name, empty for a service without one
 * @param envName  upper-case name in the env vars that address it, e.g. HOTEL in STAYGRID_HOTEL_HOST
 */
public record ServiceSpec(String module, int port, int httpPort, Optional<String> database, String envName) {

    public static final ServiceSpec INVENTORY = new ServiceSpec("inventory-svc", 8082, 9082, Optional.of("inventory"), "INVENTORY");
    public static final ServiceSpec HOTEL = new ServiceSpec("hotel-svc", 8081, 9081, Optional.of("hotel"), "HOTEL");
    public static final ServiceSpec PRICING = new ServiceSpec("pricing-svc", 8083, 9083, Optional.of("pricing"), "PRICING");
    public static final ServiceSpec RESERVATION = new ServiceSpec("reservation-svc", 8084, 9084, Optional.of("reservation"), "RESERVATION");
    public static final ServiceSpec EDGE = new ServiceSpec("edge-rest", 8080, 8080, Optional.empty(), "EDGE");

    /** Every service, callees before callers (inventory is the leaf, the edge calls all). */
    public static final List<ServiceSpec> ALL = List.of(INVENTORY, HOTEL, PRICING, RESERVATION, EDGE);

    /** The gRPC services other services call, i.e. every one but the edge. */
    public static final List<ServiceSpec> BACKENDS = List.of(INVENTORY, HOTEL, PRICING, RESERVATION);

    /** Where {@code ./mvnw package} leaves the runnable jar of this service. */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Whether it serves gRPC on a port of its own (the back ends) rather than only HTTP (the edge). */
    public boolean servesGrpc() {
        return port != httpPort;
    }

    /** The ports it listens on: one for the edge, gRPC and HTTP for a back end. */
    public List<Integer> ports() {
        return servesGrpc() ? List.of(port, httpPort) : List.of(port);
    }

    /** This service on other ports (system tests use free ports); the edge's HTTP port is its port. */
    public ServiceSpec onPorts(int newPort, int newHttpPort) {
        return new ServiceSpec(module, newPort, servesGrpc() ? newHttpPort : newPort, database, envName);
    }

    /** {@code specs}, each on a port the system handed out as free (system tests and benchmarks). */
    public static List<ServiceSpec> onFreePorts(List<ServiceSpec> specs) {
        List<ServiceSpec> moved = new ArrayList<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (ServiceSpec spec : specs) {
                ServerSocket socket = new ServerSocket(0);
                ServerSocket http = new ServerSocket(0);
                held.add(socket);
                held.add(http);
                moved.add(spec.onPorts(socket.getLocalPort(), http.getLocalPort()));
            }
            for (ServerSocket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return moved;
    }
}
