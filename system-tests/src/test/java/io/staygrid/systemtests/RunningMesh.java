package io.staygrid.systemtests;

import io.staygrid.localrunner.Mesh;
import io.staygrid.localrunner.MeshSettings;
import io.staygrid.localrunner.PostgresServer;
import io.staygrid.localrunner.ServiceProcess;
import io.staygrid.localrunner.ServiceSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real mesh for one test run: a fresh PostgreSQL in target/mesh, all five services from their
 * built jars on free ports, and a token mint the edge trusts. Started once, closed by JUnit when
 * the run ends.
 */
public final class RunningMesh implements AutoCloseable {

    private final PostgresServer postgres;
    private final Mesh mesh;
    private final TokenMint tokens;
    private final FakeIdentityProvider identityProvider;
    private final String edgeUrl;

    private RunningMesh(PostgresServer postgres, Mesh mesh, TokenMint tokens, FakeIdentityProvider identityProvider, String edgeUrl) {
        this.postgres = postgres;
        this.mesh = mesh;
        this.tokens = tokens;
        this.identityProvider = identityProvider;
        this.edgeUrl = edgeUrl;
    }

    static RunningMesh start() {
        return start(Path.of(System.getProperty("staygrid.mesh.directory", "target/mesh")), Map.of());
    }

    /**
     * A mesh of its own in {@code directory} whose every service also gets {@code envForEveryService} (e.g. tracing
     * switched on), for a test class that needs the services configured differently from the shared mesh.
     */
    static RunningMesh start(Path directory, Map<String, String> envForEveryService) {
        Path root = Path.of(System.getProperty("staygrid.repository.root", "..")).toAbsolutePath().normalize();
        Path dir = directory.toAbsolutePath();
        List<ServiceSpec> services = ServiceSpec.onFreePorts(ServiceSpec.ALL);
        List<String> missing = services.stream().filter(s -> !s.jar(root).toFile().isFile()).map(s -> s.jar(root).toString()).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("system tests need every service built; missing " + missing
                    + " (run ./mvnw verify from the root, or ./mvnw install -DskipTests first)");
        }
        FakeIdentityProvider identityProvider = FakeIdentityProvider.bind();
        TokenMint tokens = TokenMint.create(dir, identityProvider.issuer());
        identityProvider.start(tokens);
        PostgresServer postgres = PostgresServer.start(dir.resolve("pgdata"), 0, true, dir.resolve("logs/postgres.log"));
        // Five JVMs booting at once on a busy two-core build machine can take well over a minute.
        MeshSettings settings = MeshSettings.of(root, dir.resolve("logs")).withReadyTimeout(Duration.ofMinutes(5))
                .withExtraEnv(Map.of(ServiceSpec.EDGE.module(), edgeEnv(tokens, identityProvider), "*", envForEveryService));
        Mesh mesh = new Mesh();
        try {
            mesh.start(settings, services, postgres);
        } catch (RuntimeException e) {
            mesh.close();
            postgres.close();
            identityProvider.close();
            throw e;
        }
        if (!mesh.failures().isEmpty()) {
            String why = mesh.failures().values().stream().collect(Collectors.joining("\n\n"));
            mesh.close();
            postgres.close();
            identityProvider.close();
            throw new IllegalStateException("the mesh did not start:\n" + why);
        }
        String edge = mesh.service(ServiceSpec.EDGE.module()).map(ServiceProcess::httpUrl).orElseThrow();
        return new RunningMesh(postgres, mesh, tokens, identityProvider, edge);
    }

    /**
     * The edge runs its prod profile: it trusts the test tokens (the identity provider's), its pages sign in
     * through the test identity provider, and its per-client rate limit is lifted so the booking storm is not throttled.
     */
    private static Map<String, String> edgeEnv(TokenMint tokens, FakeIdentityProvider identityProvider) {
        Map<String, String> env = new java.util.HashMap<>(tokens.edgeEnv());
        env.putAll(identityProvider.edgeEnv());
        env.put("STAYGRID_EDGE_RATE_LIMIT_CAPACITY", "100000");
        env.put("STAYGRID_EDGE_RATE_LIMIT_REFILL_TOKENS", "100000");
        for (String route : new String[] {"QUOTES", "BOOKINGS"}) {
            env.put("STAYGRID_EDGE_RATE_LIMIT_" + route + "_CAPACITY", "100000");
            env.put("STAYGRID_EDGE_RATE_LIMIT_" + route + "_REFILL_TOKENS", "100000");
        }
        return env;
    }


    public String edgeUrl() {
        return edgeUrl;
    }

    public TokenMint tokens() {
        return tokens;
    }

    public List<ServiceProcess> services() {
        return mesh.running();
    }

    @Override
    public void close() {
        mesh.close();
        postgres.close();
        identityProvider.close();
    }
}
