package io.staygrid.localrunner;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** What the local run prints once everything is up: where each part answers and how to use it. */
final class Banner {

    private Banner() {
    }

    static void print(PrintStream out, RunnerOptions options, Mesh mesh, PostgresServer postgres, String mintUrl) {
        out.println();
        out.println("StayGrid is running. Data: " + options.home() + "   logs: " + options.home().resolve("logs"));
        out.println();
        siteLines(ServiceSpec.EDGE.port()).forEach(out::println);
        out.println();
        List<ServiceSpec> missing = mesh.missing();
        Map<ServiceSpec, String> failed = mesh.failures();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            String state = missing.contains(spec) ? "not built (no " + options.root().relativize(spec.jar(options.root())) + ")"
                    : failed.containsKey(spec) ? "FAILED to start, see .staygrid/logs/" + spec.module() + ".log"
                    : "up";
            if (spec.equals(ServiceSpec.EDGE)) {
                out.printf("  %-16s http://localhost:%d/v1   [%s]%n", "REST edge", spec.port(), state);
                out.printf("  %-16s http://localhost:%d/q/swagger-ui   (OpenAPI: /q/openapi)%n", "Swagger UI", spec.port());
            } else {
                out.printf("  %-16s gRPC localhost:%d (plaintext, reflection on)   health http://localhost:%d/q/health   [%s]%n",
                        spec.module(), spec.port(), spec.httpPort(), state);
            }
        }
        out.printf("  %-16s jdbc:postgresql://localhost:%d/{hotel,inventory,pricing,reservation}  user %s%n",
                "PostgreSQL", postgres.port(), PostgresServer.USER);
        out.println();
        out.println("  Metrics (Prometheus; meters in each module's README, dashboards and alerts in deploy/):");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            out.printf("    %-16s http://localhost:%d/q/metrics%n", spec.module(), spec.httpPort());
        }
        out.println();
        out.printf("  Listening on %s only%s.%n", options.bindHost(),
                RunnerOptions.DEFAULT_BIND_HOST.equals(options.bindHost()) ? " (this machine; --bind HOST to change)" : "");
        out.println("  Dev token from the local minter (roles guest|staff|admin, staff add \"hotels\":[1,2]; see local-runner/README.md):");
        out.printf("    curl -s -X POST %s -H 'Content-Type: application/json' \\%n", mintUrl);
        out.println("         -d '{\"subject\":\"alice\",\"roles\":[\"guest\"]}'");
        out.println("    -> {\"token\":\"eyJ...\"}; send it as  Authorization: Bearer eyJ...");
        out.println("  Try:       grpcurl -plaintext localhost:8081 staygrid.hotel.v1.HotelService/ListHotels");
        out.println();
        out.println("Press Ctrl-C to stop everything.");
    }

    /** The web pages first: what most people want to open. */
    static List<String> siteLines(int edgePort) {
        String base = "http://localhost:" + edgePort;
        return List.of(
                String.format("  %-16s %s/            search a city (Paris, Tokyo, New York, Sydney, Seoul), book, cancel", "Guest site", base),
                String.format("  %-16s %s/admin       hotels, rooms, inventory heat map, rates, policies, arrivals", "Staff panel", base),
                String.format("  %-16s %s/sign-in     local sign-in: any name; guest, staff of hotels 1,2 or admin", "Sign in", base));
    }
}
