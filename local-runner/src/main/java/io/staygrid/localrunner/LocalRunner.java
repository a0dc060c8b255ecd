package io.staygrid.localrunner;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The local run: an embedded PostgreSQL keeping its data in {@code .staygrid/pgdata}, every service
 * that has been built, a demo chain seeded on first start, and a clean stop on Ctrl-C (services
 * first, callers before callees, then PostgreSQL).
 */
public final class LocalRunner {

    /** Held so the level set on it is not lost when the logger would otherwise be collected. */
    private static final java.util.logging.Logger GRPC_LOG = java.util.logging.Logger.getLogger("io.grpc");

    private final RunnerOptions options;
    private final Mesh mesh = new Mesh();
    private volatile PostgresServer postgres;
    private volatile DevTokenMinter minter;
    private volatile boolean stopping;

    private LocalRunner(RunnerOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        GRPC_LOG.setLevel(java.util.logging.Level.WARNING);
        RunnerOptions options;
        try {
            options = RunnerOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalRunner runner = new LocalRunner(options);
        Runtime.getRuntime().addShutdownHook(new Thread(runner::stop, "staygrid-stop"));
        try {
            runner.run();
        } catch (RuntimeException e) {
            System.err.println("StayGrid could not start: " + e.getMessage());
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    private void run() {
        List<ServiceSpec> built = ServiceSpec.ALL.stream().filter(s -> Files.isRegularFile(s.jar(options.root()))).toList();
        List<Integer> ports = new ArrayList<>(built.stream().flatMap(s -> s.ports().stream()).toList());
        ports.add(options.postgresPort());
        ports.forEach(LocalRunner::requireFreePort);

        System.out.println("Starting PostgreSQL on port " + options.postgresPort() + " (data in .staygrid/pgdata) ...");
        postgres = PostgresServer.start(options.home().resolve("pgdata"), options.postgresPort(), false,
                options.home().resolve("logs/postgres.log"));
        minter = DevTokenMinter.start(options.home().resolve("keys"), options.bindHost(), options.mintPort(),
                Set.of("http://localhost:" + ServiceSpec.EDGE.port(), "http://127.0.0.1:" + ServiceSpec.EDGE.port()));
        System.out.println("Starting " + built.stream().map(ServiceSpec::module).toList() + " ...");
        // The edge's "local" profile: no identity provider; its sign-in page gets tokens from the minter, whose
        // public key it trusts (the edge itself has no mint endpoint and no private key).
        Map<String, String> edge = new HashMap<>(minter.edgeEnv(mintUrl()));
        edge.put("QUARKUS_PROFILE", "local");
        MeshSettings settings = MeshSettings.of(options.root(), options.home().resolve("logs"))
                .withExtraEnv(Map.of(ServiceSpec.EDGE.module(), edge,
                        "*", Map.of("QUARKUS_HTTP_HOST", options.bindHost(), "QUARKUS_GRPC_SERVER_HOST", options.bindHost())));
        mesh.start(settings, ServiceSpec.ALL, postgres);
        if (stopping) {
            return;
        }
        mesh.failures().forEach((spec, why) -> System.err.println("! " + why));
        mesh.running().forEach(p -> p.exited().thenAccept(x -> {
            if (!stopping) {
                System.err.println("! " + p.spec().module() + " exited (code " + p.exitCode() + "), see " + p.logFile());
            }
        }));
        if (options.seed()) {
            seed();
        }
        Banner.print(System.out, options, mesh, postgres, mintUrl());
    }

    private String mintUrl() {
        return "http://localhost:" + options.mintPort() + DevTokenMinter.PATH;
    }

    private void seed() {
        SeedState state = new SeedState(options.home().resolve("seed"));
        if (state.catalog().isEmpty() && mesh.service(ServiceSpec.HOTEL.module()).isPresent()) {
            System.out.println("Seeding the demo chain through hotel-svc ...");
            withChannel(ServiceSpec.HOTEL, ch -> state.saveCatalog(new CatalogSeeder(ch).seed(DemoChain.hotels())));
        }
        if (state.catalog().isPresent() && !state.ratesDone() && mesh.service(ServiceSpec.PRICING.module()).isPresent()) {
            System.out.println("Setting base rates through pricing-svc ...");
            withChannel(ServiceSpec.PRICING, ch -> {
                new RateSeeder(ch, Duration.ofSeconds(60)).seed(state.catalog().orElseThrow());
                state.markRatesDone();
            });
        }
        if (state.catalog().isEmpty() || !state.ratesDone()) {
            System.out.println("  (seeding skips what is not running yet; it finishes on a later start)");
        }
    }

    private interface ChannelUse {
        void accept(ManagedChannel channel);
    }

    private static void withChannel(ServiceSpec spec, ChannelUse use) {
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", spec.port()).usePlaintext().build();
        try {
            use.accept(channel);
        } catch (io.grpc.StatusRuntimeException e) {
            String why = e.getStatus().getCode() + ": " + String.valueOf(e.getStatus().getDescription()).lines().findFirst().orElse("");
            System.err.println("! seeding through " + spec.module() + " stopped (" + why + "); it is retried on the next start");
        } catch (RuntimeException e) {
            System.err.println("! seeding through " + spec.module() + " failed: " + e + "; it is retried on the next start");
        } finally {
            channel.shutdownNow();
            try {
                channel.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void stop() {
        stopping = true;
        System.out.println();
        System.out.println("Stopping services ...");
        mesh.close();
        DevTokenMinter m = minter;
        if (m != null) {
            m.close();
        }
        PostgresServer pg = postgres;
        if (pg != null) {
            System.out.println("Stopping PostgreSQL ...");
            pg.close();
        }
        System.out.println("Stopped.");
    }

    private static void requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use (is another ./run-local still running?)");
        }
    }
}
