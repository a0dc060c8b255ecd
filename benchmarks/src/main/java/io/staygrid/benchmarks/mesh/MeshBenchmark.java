package io.staygrid.benchmarks.mesh;

import io.staygrid.localrunner.ServiceProcess;
import io.staygrid.testing.OtlpReceiver;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole-mesh benchmark (a command, never a test; see docs/BENCHMARKS.md). Builds nothing: it runs the
 * services' packaged jars on a fresh embedded PostgreSQL with default durability, seeds a chain, runs the
 * named scenarios through REST and/or gRPC next to their raw-SQL ceilings, and prints a table per scenario and
 * writes results/&lt;timestamp&gt;.json.
 */
public final class MeshBenchmark {

    /** Held so the level set on it is not lost when the logger would otherwise be collected. */
    private static final java.util.logging.Logger GRPC_LOG = java.util.logging.Logger.getLogger("io.grpc");

    private MeshBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GRPC_LOG.setLevel(java.util.logging.Level.WARNING);
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        List<String> missing = BenchEnvironment.missingModules(options.root());
        if (!missing.isEmpty()) {
            System.err.println(BenchEnvironment.describeMissing(missing));
            System.exit(1);
        }
        // java.net.http keeps this many idle HTTP/1.1 connections: one per client thread that can be busy at once.
        System.setProperty("jdk.httpclient.connectionPoolSize", Integer.toString(options.clients() + options.stormClients()));
        new MeshBenchmark().run(options);
    }

    private final AtomicReference<BenchEnvironment> running = new AtomicReference<>();

    private void run(BenchOptions o) throws Exception {
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Path runDirectory = o.resultsDir().resolve(started.replace(':', '-'));
        MachineInfo atStart = MachineInfo.now();
        System.out.printf("StayGrid mesh benchmark %s: %d cores, load %s; logs and recordings in %s%n", started, atStart.cores(),
                atStart.loadText(), runDirectory);
        Thread stopper = new Thread(() -> {
            BenchEnvironment env = running.getAndSet(null);
            if (env != null) {
                System.out.println("Stopping the mesh and PostgreSQL ...");
                env.close();
            }
        }, "bench-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        if (o.observability().isEmpty()) {
            runPhase(o, started, runDirectory, null);
            return;
        }
        Map<String, List<ScenarioResult>> phases = new LinkedHashMap<>();
        try (OtlpReceiver receiver = OtlpReceiver.counting()) {
            for (String phase : o.observability()) {
                System.out.printf("%n=== Observability %s: a fresh PostgreSQL, mesh and chain ...%n", phase);
                try (Observability observability = Observability.of(phase, receiver)) {
                    phases.put(phase, runPhase(o, started, runDirectory.resolve("observability-" + phase), observability));
                }
            }
        }
        if (phases.size() == 2) {
            ObservabilityOverhead overhead = ObservabilityOverhead.of(phases.get("off"), phases.get("on"));
            overhead.print(System.out);
            Path file = o.resultsDir().resolve(started.replace(':', '-') + "-observability.json");
            RunReport.JSON.writeValue(file.toFile(), Map.of("startedAt", started, "commandLine", o.commandLine(),
                    "gitCommit", GitInfo.describe(o.root()), "rows", overhead.rows()));
            System.out.println("Overhead: " + file);
        }
    }

    /** One mesh from start to stop: seed, run the scenarios, print and write the results; observability may be null. */
    private List<ScenarioResult> runPhase(BenchOptions o, String started, Path runDirectory, Observability observability)
            throws Exception {
        MachineInfo atStart = MachineInfo.now();
        long boot = System.nanoTime();
        BenchEnvironment env = BenchEnvironment.start(o, runDirectory, observability == null ? Map.of() : observability.env());
        running.set(env);
        try {
            Map<String, Object> setup = new LinkedHashMap<>();
            setup.put("meshStartSeconds", (System.nanoTime() - boot) / 1e9);
            Chain chain = seed(env, o, setup);
            Map<String, Long> pids = new LinkedHashMap<>();
            env.services().forEach(p -> pids.put(p.spec().module(), p.pid()));
            JfrProfiler jfr = o.jfr() ? new JfrProfiler(pids, runDirectory.resolve("jfr")) : null;
            if (jfr != null) {
                jfr.prepare();
            }
            if (observability != null) {
                observability.started(env.services());
            }
            BenchRun run = new BenchRun(o, env, chain, new CpuMeter(pids, env.dataDirectory().resolve("postmaster.pid")), jfr);
            List<ScenarioResult> results = new ArrayList<>();
            try {
                Scenarios scenarios = new Scenarios(run);
                for (String name : o.scenarios()) {
                    System.out.printf("%nRunning %s (%s) ...%n", name, String.join(", ", o.vias()) + (o.raw() ? ", raw-sql" : ""));
                    ScenarioResult result = scenarios.run(name);
                    ReportTable.print(System.out, result);
                    results.add(result);
                }
            } finally {
                run.close();
            }
            if (observability != null) {
                setup.put("observability", observability.summary());
                System.out.println("Observability " + observability.summary());
            }
            MachineInfo atEnd = MachineInfo.now();
            RunReport report = new RunReport(started, o.commandLine(), o, GitInfo.describe(o.root()), atStart, atEnd,
                    env.postgresSettings(), setup, results);
            Path file = report.write(o.resultsDir(), observability == null ? "" : "-observability-" + observability.phase());
            System.out.printf("%nLoad average at start %s, at end %s (%d cores).%n", atStart.loadText(), atEnd.loadText(), atEnd.cores());
            results.forEach(r -> {
                String verdicts = ReportTable.verdicts(r.checks());
                if (!verdicts.isEmpty()) {
                    System.out.println("Checks of " + r.scenario() + ": " + verdicts);
                }
            });
            System.out.println("Results: " + file);
            return results;
        } finally {
            BenchEnvironment env2 = running.getAndSet(null);
            if (env2 != null) {
                env2.close();
            }
        }
    }

    private static Chain seed(BenchEnvironment env, BenchOptions o, Map<String, Object> setup) throws Exception {
        setup.put("hotels", o.hotels());
        setup.put("roomTypesPerHotel", o.roomTypes());
        setup.put("roomsPerRoomType", o.rooms());
        setup.put("stormRooms", o.stormRooms());
        setup.put("seed", o.copySeed() ? "copy" : "grpc");
        setup.put("services", env.services().stream().map(ServiceProcess::spec).map(s -> s.module() + ":" + s.port()).toList());
        long start = System.nanoTime();
        ChainSeeder seeder = new ChainSeeder(env);
        Chain chain;
        if (o.copySeed()) {
            Map<String, Object> load = new LinkedHashMap<>();
            BulkLoader loader = new BulkLoader(env, o);
            List<Chain.Hotel> hotels = loader.load(load);
            load.put("sizesBytes", loader.sizes());
            System.out.printf("Loaded in %.1f s; sizes %s%n", (double) load.get("loadSeconds"), load.get("sizesBytes"));
            System.out.println("Daily roll-forward of every room type ...");
            load.put("rollForward", RollForward.measure(env));
            System.out.println("  " + load.get("rollForward"));
            setup.put("bulkLoad", load);
            chain = new Chain(hotels, seeder.storm(o), o.stayWindow());
        } else {
            chain = seeder.seed(o);
        }
        setup.put("seedSeconds", (System.nanoTime() - start) / 1e9);
        System.out.printf("Seeded %d hotels x %d room types x %d rooms and the storm hotel (%d rooms) in %.1f s%n", o.hotels(),
                o.roomTypes(), o.rooms(), o.stormRooms(), (double) setup.get("seedSeconds"));
        return chain;
    }
}
