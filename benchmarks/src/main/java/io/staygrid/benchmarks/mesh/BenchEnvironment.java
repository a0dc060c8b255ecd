package io.staygrid.benchmarks.mesh;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.staygrid.localrunner.Mesh;
import io.staygrid.localrunner.MeshSettings;
import io.staygrid.localrunner.PostgresServer;
import io.staygrid.localrunner.ServiceProcess;
import io.staygrid.localrunner.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A fresh embedded PostgreSQL with default durability in a temp directory, and the five services from their
 * built jars on free ports (local-runner's launcher), the edge trusting this run's token key and its rate
 * limit lifted. Closed in reverse: services, then PostgreSQL (its data directory is wiped).
 */
final class BenchEnvironment implements AutoCloseable {

    /** Durability as in production (zonky's default synchronous_commit=off is overridden), room for raw clients. */
    static final Map<String, String> PG_CONFIG = Map.of("fsync", "on", "synchronous_commit", "on",
            "full_page_writes", "on", "max_connections", "800", "shared_buffers", "256MB");

    private final PostgresServer postgres;
    private final Mesh mesh;
    private final Path dataDirectory;
    private final TokenSigner tokens;
    private final Map<String, ManagedChannel> channels = new HashMap<>();
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private BenchEnvironment(PostgresServer postgres, Mesh mesh, Path dataDirectory, TokenSigner tokens) {
        this.postgres = postgres;
        this.mesh = mesh;
        this.dataDirectory = dataDirectory;
        this.tokens = tokens;
    }

    /** The jars the run needs that are not built, as module names (empty when all are there). */
    static List<String> missingModules(Path root) {
        return ServiceSpec.ALL.stream().filter(s -> !Files.isRegularFile(s.jar(root))).map(ServiceSpec::module).toList();
    }

    static BenchEnvironment start(BenchOptions options, Path runDirectory) throws IOException {
        return start(options, runDirectory, Map.of());
    }

    /** As {@link #start(BenchOptions, Path)}, with {@code everyService} in every service's env (--env still wins). */
    static BenchEnvironment start(BenchOptions options, Path runDirectory, Map<String, String> everyService) throws IOException {
        Path data = Files.createTempDirectory("staygrid-bench-pg");
        TokenSigner tokens = TokenSigner.create(runDirectory);
        Map<String, String> pgConfig = new LinkedHashMap<>(PG_CONFIG);
        pgConfig.putAll(options.pgConfig());
        PostgresServer postgres = PostgresServer.start(data.resolve("pgdata"), 0, true, runDirectory.resolve("logs/postgres.log"),
                pgConfig);
        Mesh mesh = new Mesh();
        try {
            mesh.start(settings(options, runDirectory, tokens, everyService), ServiceSpec.onFreePorts(ServiceSpec.ALL), postgres);
            if (!mesh.failures().isEmpty()) {
                throw new IllegalStateException("the mesh did not start:\n" + String.join("\n\n", mesh.failures().values()));
            }
        } catch (RuntimeException e) {
            mesh.close();
            postgres.close();
            throw e;
        }
        return new BenchEnvironment(postgres, mesh, data.resolve("pgdata"), tokens);
    }

    private static MeshSettings settings(BenchOptions options, Path runDirectory, TokenSigner tokens,
            Map<String, String> everyService) {
        Map<String, Map<String, String>> env = new HashMap<>();
        env.put("*", new HashMap<>(everyService));
        Map<String, String> edge = new HashMap<>(tokens.edgeEnv());
        edge.put("STAYGRID_EDGE_RATE_LIMIT_CAPACITY", "1000000000");
        edge.put("STAYGRID_EDGE_RATE_LIMIT_REFILL_TOKENS", "1000000000");
        // The quote and booking buckets too: every guest of a scenario books far more often than a person would.
        for (String route : new String[] {"QUOTES", "BOOKINGS"}) {
            edge.put("STAYGRID_EDGE_RATE_LIMIT_" + route + "_CAPACITY", "1000000000");
            edge.put("STAYGRID_EDGE_RATE_LIMIT_" + route + "_REFILL_TOKENS", "1000000000");
        }
        // The edge runs prod, whose pages sign in by OpenID Connect; the benchmark drives only /v1 (bearer tokens),
        // so the pages' tenant is off and the start-up check gets a provider that is never called.
        edge.put("QUARKUS_OIDC_TENANT_ENABLED", "false");
        edge.put("QUARKUS_OIDC_AUTH_SERVER_URL", "http://127.0.0.1:9/unused");
        edge.put("QUARKUS_OIDC_CLIENT_ID", "staygrid-benchmark");
        env.put(ServiceSpec.EDGE.module(), edge);
        if (options.copySeed()) {
            // The horizon job must not add nights to a room type while the bulk load is writing them.
            env.put(ServiceSpec.INVENTORY.module(), new HashMap<>(Map.of("QUARKUS_SCHEDULER_ENABLED", "false")));
        }
        options.env().forEach((module, vars) -> env.computeIfAbsent(module, m -> new HashMap<>()).putAll(vars));
        return new MeshSettings(options.root(), runDirectory.resolve("logs"), Duration.ofMinutes(5), options.jvmOptions(), env);
    }


    ServiceProcess service(ServiceSpec spec) {
        return mesh.service(spec.module()).orElseThrow();
    }

    /** kill -9 of one service (the soak); true once the process is gone. */
    boolean kill(ServiceSpec spec, Duration timeout) {
        return mesh.kill(spec.module(), timeout);
    }

    /** Starts a killed service again as it was first started and waits until it is ready (the soak). */
    ServiceProcess restart(ServiceSpec spec) {
        return mesh.restart(spec.module());
    }

    /** The running services, callees first. */
    List<ServiceProcess> services() {
        return mesh.running();
    }

    String edgeUrl() {
        return service(ServiceSpec.EDGE).httpUrl();
    }

    synchronized ManagedChannel channel(ServiceSpec spec) {
        return channels.computeIfAbsent(spec.module(), m -> NettyChannelBuilder
                .forAddress("127.0.0.1", service(spec).spec().port()).usePlaintext().build());
    }

    /** A new connection to one service's database (user postgres, trust authentication). */
    Connection connect(ServiceSpec spec) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(spec.database().orElseThrow()), PostgresServer.USER,
                PostgresServer.PASSWORD);
    }

    TokenSigner tokens() {
        return tokens;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** The settings PostgreSQL actually runs with, for the results (proves durability was on). */
    Map<String, String> postgresSettings() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection c = connect(ServiceSpec.INVENTORY); Statement s = c.createStatement()) {
            for (String name : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_level",
                    "shared_buffers", "max_connections")) {
                try (ResultSet rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        }
        return settings;
    }

    /** Size on disk of each service's database, in bytes. */
    Map<String, Long> databaseSizes() throws SQLException {
        try (Connection c = connect(ServiceSpec.INVENTORY); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname, pg_database_size(datname) FROM pg_database"
                     + " WHERE datname IN ('hotel', 'inventory', 'pricing', 'reservation') ORDER BY datname")) {
            Map<String, Long> sizes = new LinkedHashMap<>();
            while (rs.next()) {
                sizes.put(rs.getString(1), rs.getLong(2));
            }
            return sizes;
        }
    }

    /** Stops everything once (Ctrl-C's shutdown hook and the normal end may both ask). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        channels.values().forEach(ManagedChannel::shutdownNow);
        for (ManagedChannel c : channels.values()) {
            try {
                c.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        mesh.close();
        postgres.close();
        try {
            Files.deleteIfExists(dataDirectory.getParent());
        } catch (IOException ignored) {
            // zonky wiped the data directory; an empty temp directory left behind is harmless
        }
    }

    static String describeMissing(List<String> modules) {
        return "the mesh benchmark runs the built services; missing " + modules.stream()
                .map(m -> m + "/target/quarkus-app/quarkus-run.jar").collect(Collectors.joining(", "))
                + "\npackage them first: ./mvnw -o -B package -DskipTests -Dexec.skip -pl "
                + String.join(",", modules) + " -am";
    }
}
