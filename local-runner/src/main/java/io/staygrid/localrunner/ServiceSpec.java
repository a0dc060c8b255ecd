package io.staygrid.localrunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One service of the mesh as the launcher sees it: its Maven module, its usual port, and the
 * database it owns (none for the stateless edge).
 *
 * @param module   Maven module directory, also the log file name
 * @param port     the port of the local run (HTTP and gRPC share it)
 * @param database database name, empty for a service without one
 * @param envName  upper-case name in the env vars that address it, e.g. HOTEL in STAYGRID_HOTEL_HOST
 */
public record ServiceSpec(String module, int port, Optional<String> database, String envName) {

    public static final ServiceSpec INVENTORY = new ServiceSpec("inventory-svc", 8082, Optional.of("inventory"), "INVENTORY");
    public static final ServiceSpec HOTEL = new ServiceSpec("hotel-svc", 8081, Optional.of("hotel"), "HOTEL");
    public static final ServiceSpec PRICING = new ServiceSpec("pricing-svc", 8083, Optional.of("pricing"), "PRICING");
    public static final ServiceSpec RESERVATION = new ServiceSpec("reservation-svc", 8084, Optional.of("reservation"), "RESERVATION");
    public static final ServiceSpec EDGE = new ServiceSpec("edge-rest", 8080, Optional.empty(), "EDGE");

    /** Every service, callees before callers (inventory is the leaf, the edge calls all). */
    public static final List<ServiceSpec> ALL = List.of(INVENTORY, HOTEL, PRICING, RESERVATION, EDGE);

    /** The gRPC services other services call, i.e. every one but the edge. */
    public static final List<ServiceSpec> BACKENDS = List.of(INVENTORY, HOTEL, PRICING, RESERVATION);

    /** Where {@code ./mvnw package} leaves the runnable jar of this service. */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** This service on another port (system tests use free ports). */
    public ServiceSpec onPort(int newPort) {
        return new ServiceSpec(module, newPort, database, envName);
    }

    /** {@code specs}, each on a port the system handed out as free (system tests and benchmarks). */
    public static List<ServiceSpec> onFreePorts(List<ServiceSpec> specs) {
        List<ServiceSpec> moved = new ArrayList<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (ServiceSpec spec : specs) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                moved.add(spec.onPort(socket.getLocalPort()));
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
