package io.staygrid.localrunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts services from their built jars against one PostgreSQL, wires them to each other through
 * the STAYGRID_* env vars, and stops them in reverse order. Used by the local run and by the
 * system tests.
 */
public final class Mesh implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    static final String LOOPBACK = "127.0.0.1";

    private final Map<ServiceSpec, ServiceProcess> running = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<ServiceSpec, String> failures = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<ServiceSpec> missing = Collections.synchronizedList(new ArrayList<>());
    /** What each started service was started with, so {@link #restart} starts it again the same way. */
    private final Map<ServiceSpec, Map<String, String>> startedEnv = Collections.synchronizedMap(new HashMap<>());
    private final Map<ServiceSpec, Integer> restarts = Collections.synchronizedMap(new HashMap<>());
    private volatile MeshSettings settings;

    /**
     * Starts every service of {@code services} whose jar exists (others are listed by {@link #missing()}),
     * then waits for each to be ready. A service that fails to get ready is stopped and listed by
     * {@link #failures()}; the others keep running. {@link #close()} may be called meanwhile (Ctrl-C).
     */
    public Mesh start(MeshSettings settings, List<ServiceSpec> services, PostgresServer postgres) {
        this.settings = settings;
        Map<String, String> common = commonEnv(settings, services, postgres);
        for (ServiceSpec spec : services) {
            Path jar = spec.jar(settings.repositoryRoot());
            if (!Files.isRegularFile(jar)) {
                missing.add(spec);
                continue;
            }
            Map<String, String> env = new HashMap<>(common);
            env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.httpPort()));
            if (spec.servesGrpc()) {
                env.put("QUARKUS_GRPC_SERVER_PORT", Integer.toString(spec.port()));
            }
            spec.database().ifPresent(db -> env.put("STAYGRID_" + spec.envName() + "_DB_URL", postgres.ensureDatabase(db)));
            env.putAll(settings.extraEnv().getOrDefault(spec.module(), Map.of()));
            Path log = settings.logDirectory().resolve(spec.module() + ".log");
            startedEnv.put(spec, Map.copyOf(env));
            running.put(spec, ServiceProcess.start(spec, jar, env, settings.jvmOptions(), log));
        }
        for (ServiceProcess p : running()) {
            try {
                p.awaitReady(settings.readyTimeout());
            } catch (IllegalStateException e) {
                p.stop(STOP_GRACE);
                running.remove(p.spec());
                failures.put(p.spec(), e.getMessage());
            }
        }
        return this;
    }

    private static Map<String, String> commonEnv(MeshSettings settings, List<ServiceSpec> services, PostgresServer postgres) {
        Map<String, String> env = new HashMap<>();
        // Loopback unless the caller's "*" env says otherwise (./run-local --bind): the mesh has no authentication yet.
        env.put("QUARKUS_HTTP_HOST", LOOPBACK);
        env.put("QUARKUS_GRPC_SERVER_HOST", LOOPBACK);
        // A local or test mesh: the sandbox payment gateway is the point (reservation-svc refuses it in prod otherwise).
        env.put("STAYGRID_RESERVATION_PAYMENT_SANDBOX_ALLOWED", "true");
        // grpcurl and the system tests list the services; the back ends keep reflection off in any other prod run.
        env.put("QUARKUS_GRPC_SERVER_ENABLE_REFLECTION_SERVICE", "true");
        env.put("STAYGRID_DB_USER", PostgresServer.USER);
        env.put("STAYGRID_DB_PASSWORD", PostgresServer.PASSWORD);
        for (ServiceSpec spec : services) {
            env.put("STAYGRID_" + spec.envName() + "_HOST", "localhost");
            env.put("STAYGRID_" + spec.envName() + "_PORT", Integer.toString(spec.port()));
        }
        env.putAll(settings.extraEnv().getOrDefault("*", Map.of()));
        return env;
    }

    /**
     * Kills the service of that module with SIGKILL ({@code kill -9}: no shutdown hook, no graceful stop) and waits
     * up to {@code timeout} for the process to be gone; it stays in {@link #running()} until {@link #restart}.
     *
     * @return whether the process has exited
     */
    public boolean kill(String module, Duration timeout) {
        return service(module).orElseThrow(() -> new IllegalArgumentException("not running: " + module)).kill(timeout);
    }

    /**
     * Starts the service of that module again from its jar with the environment it was first started with (same
     * ports, same database), its output in {@code <module>.restart-<n>.log}, and waits until it is ready. The
     * old process must be gone ({@link #kill}).
     *
     * @throws IllegalStateException if it is not ready within the settings' ready timeout (it is left running)
     */
    public ServiceProcess restart(String module) {
        ServiceProcess old = service(module).orElseThrow(() -> new IllegalArgumentException("not started: " + module));
        if (old.isAlive()) {
            throw new IllegalStateException(module + " is still running (pid " + old.pid() + ")");
        }
        ServiceSpec spec = old.spec();
        int n = restarts.merge(spec, 1, Integer::sum);
        Path log = settings.logDirectory().resolve(spec.module() + ".restart-" + n + ".log");
        ServiceProcess started = ServiceProcess.start(spec, spec.jar(settings.repositoryRoot()), startedEnv.get(spec),
                settings.jvmOptions(), log);
        running.put(spec, started);
        started.awaitReady(settings.readyTimeout());
        return started;
    }

    /** The running service of that module, if it started and got ready. */
    public Optional<ServiceProcess> service(String module) {
        return running().stream().filter(p -> p.spec().module().equals(module)).findFirst();
    }

    public List<ServiceProcess> running() {
        synchronized (running) {
            return List.copyOf(running.values());
        }
    }

    /** Services not started because their jar has not been built. */
    public List<ServiceSpec> missing() {
        synchronized (missing) {
            return List.copyOf(missing);
        }
    }

    /** Services that were started but did not get ready, with the reason (log tail included). */
    public Map<ServiceSpec, String> failures() {
        synchronized (failures) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        }
    }

    /** Stops the services, callers first, each with a grace period. */
    @Override
    public void close() {
        List<ServiceProcess> reverse = new ArrayList<>(running());
        Collections.reverse(reverse);
        reverse.forEach(p -> p.stop(STOP_GRACE));
        running.clear();
    }
}
