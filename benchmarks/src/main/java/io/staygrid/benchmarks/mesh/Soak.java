package io.staygrid.benchmarks.mesh;

import io.staygrid.localrunner.ServiceProcess;
import io.staygrid.localrunner.ServiceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The soak test (a command, never a unit test; see docs/BENCHMARKS.md, "Soak"): the packaged mesh on a fresh
 * embedded PostgreSQL under mixed REST traffic (reads, bookings, cancels, a storm on the last rooms of one room
 * type) plus a little gRPC traffic for {@code --duration}, while one back end at a time is killed with
 * {@code kill -9} and started again, and PostgreSQL is stopped once with an immediate shutdown and started
 * again (the services are not restarted for it). Then the saga recovery is awaited, the cross-service
 * invariants are checked in the databases, and every answer is judged: a 5xx other than a 503 with Retry-After
 * (or a gRPC INTERNAL/UNKNOWN, or a client exception) is a failure, and a 503 with Retry-After (or gRPC
 * UNAVAILABLE) is accepted only while a fault lasts or within {@code --grace} after it. Prints tables and a JSON
 * summary (also written to the results directory); exits 1 when any check fails.
 */
public final class Soak {

    private static final java.util.logging.Logger GRPC_LOG = java.util.logging.Logger.getLogger("io.grpc");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration GAP_AFTER_FAULT = Duration.ofSeconds(5);

    /** One fault: a back end killed and started again, or PostgreSQL stopped and started; times in soak seconds. */
    static final class Fault {
        final String target;
        final double plannedAt;
        double startedAt = Double.NaN;
        double downAt = Double.NaN;
        double restartAt = Double.NaN;
        double backAt = Double.NaN;
        double servicesReadyAt = Double.NaN;
        Boolean pidsUnchanged;
        String error;
        long pid;
        long newPid;

        Fault(String target, double plannedAt) {
            this.target = target;
            this.plannedAt = plannedAt;
        }

        boolean happened() {
            return !Double.isNaN(startedAt);
        }

        boolean covers(SoakLog.Incident i, double grace) {
            if (!happened()) {
                return false;
            }
            double end = Double.isNaN(backAt) ? Double.MAX_VALUE : backAt + grace;
            return i.answered() >= startedAt && i.sent() <= end;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", target);
            m.put("plannedAt", round(plannedAt));
            m.put("startedAt", round(startedAt));
            m.put("downAt", round(downAt));
            m.put("restartAt", round(restartAt));
            m.put("backAt", round(backAt));
            if (!Double.isNaN(servicesReadyAt)) {
                m.put("servicesReadyAt", round(servicesReadyAt));
            }
            if (pidsUnchanged != null) {
                m.put("servicePidsUnchanged", pidsUnchanged);
            }
            if (pid != 0) {
                m.put("pidKilled", pid);
                m.put("pidStarted", newPid);
            }
            m.put("error", error);
            return m;
        }
    }

    private Soak() {
    }

    public static void main(String[] args) throws Exception {
        GRPC_LOG.setLevel(java.util.logging.Level.SEVERE);
        SoakOptions options;
        try {
            options = SoakOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(SoakOptions.USAGE);
            System.exit(2);
            return;
        }
        List<String> missing = BenchEnvironment.missingModules(options.root());
        if (!missing.isEmpty()) {
            System.err.println(BenchEnvironment.describeMissing(missing));
            System.exit(1);
        }
        System.setProperty("jdk.httpclient.connectionPoolSize", Integer.toString(options.clients() + options.stormClients()));
        System.exit(run(options) ? 0 : 1);
    }

    private static boolean run(SoakOptions o) throws Exception {
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Path runDirectory = o.bench().resultsDir().resolve(started.replace(':', '-') + "-soak");
        MachineInfo atStart = MachineInfo.now();
        System.out.printf("StayGrid soak %s: %s of traffic, %d cores, load %s; logs in %s%n", started, o.duration(),
                atStart.cores(), atStart.loadText(), runDirectory.resolve("logs"));
        BenchEnvironment env = BenchEnvironment.start(o.bench(), runDirectory);
        Thread stopper = new Thread(env::close, "soak-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            Chain chain = new ChainSeeder(env).seed(o.bench());
            System.out.printf("Seeded %d hotels x %d room types x %d rooms and the storm hotel (%d rooms, sellable %d)%n",
                    o.bench().hotels(), o.bench().roomTypes(), o.bench().rooms(), o.bench().stormRooms(), o.bench().stormSellable());
            List<TokenSigner.Guest> guests = env.tokens().guests("soak-guest", o.bench().guests());
            List<TokenSigner.Guest> stormGuests = env.tokens().guests("soak-storm", 200);
            PostgresControl postgres = PostgresControl.of(env.dataDirectory(), runDirectory.resolve("logs/postgres.log"));

            long start = System.nanoTime();
            SoakLog log = new SoakLog(start);
            SoakTraffic traffic = new SoakTraffic(o, env, chain, guests, stormGuests, log);
            List<Fault> faults = plan(o);
            traffic.start();
            System.out.printf("Traffic started: %d mixed REST clients, %d storm clients, %d gRPC clients; %d faults planned%n",
                    o.clients(), o.stormClients(), o.grpcClients(), faults.size());
            double end = o.duration().toMillis() / 1000.0;
            double lastOver = 0;
            for (Fault f : faults) {
                // One fault at a time: the next waits until the last is over (back end ready, or every service ready).
                double at = Math.max(Math.max(f.plannedAt, o.warmup().toMillis() / 1000.0),
                        lastOver == 0 ? 0 : lastOver + GAP_AFTER_FAULT.toSeconds());
                if (at > end - 15) {
                    f.error = "skipped: no time left before the end of the traffic";
                    System.out.printf("[%6.1f s] %s skipped (no time left)%n", log.now(), f.target);
                    continue;
                }
                pauseUntil(log, at);
                inject(f, o, env, postgres, log);
                lastOver = log.now();
            }
            pauseUntil(log, end);
            System.out.printf("[%6.1f s] stopping the traffic ...%n", log.now());
            traffic.stop(Duration.ofSeconds(90));
            double trafficEnd = log.now();

            System.out.printf("[%6.1f s] awaiting the saga recovery (deadline %s) ...%n", log.now(), o.recoveryDeadline());
            Map<String, Long> unfinished = SoakInvariants.unfinished(env);
            long recoveryStart = System.nanoTime();
            long recoveryDeadline = recoveryStart + o.recoveryDeadline().toNanos();
            while (unfinished.values().stream().anyMatch(n -> n > 0) && System.nanoTime() < recoveryDeadline) {
                pause(Duration.ofSeconds(1));
                unfinished = SoakInvariants.unfinished(env);
            }
            double recoverySeconds = (System.nanoTime() - recoveryStart) / 1e9;
            System.out.printf("[%6.1f s] recovery %s after %.1f s: %s%n", log.now(),
                    unfinished.values().stream().allMatch(n -> n == 0) ? "done" : "NOT done", recoverySeconds, unfinished);

            List<SoakInvariants.Check> checks = new ArrayList<>();
            checks.addAll(judgeFaults(faults, env));
            Judged judged = judge(log, faults, o.grace().toMillis() / 1000.0, o.warmup().toMillis() / 1000.0);
            checks.addAll(judged.checks());
            checks.add(new SoakInvariants.Check("every client request came back", "0 clients stuck", traffic.stillRunning(),
                    traffic.stillRunning() == 0, traffic.firstUncaught() == null ? List.of() : List.of(traffic.firstUncaught().toString())));
            checks.addAll(SoakInvariants.check(env, chain, traffic.stormStays(), o.bench().stormSellable()));
            checks.add(incidentsLogged(runDirectory.resolve("logs")));

            MachineInfo atEnd = MachineInfo.now();
            boolean pass = checks.stream().allMatch(SoakInvariants.Check::pass);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("startedAt", started);
            summary.put("commandLine", o.commandLine());
            summary.put("gitCommit", GitInfo.describe(o.root()));
            summary.put("durationSeconds", o.duration().toSeconds());
            summary.put("trafficSeconds", round(trafficEnd));
            summary.put("graceSeconds", o.grace().toSeconds());
            summary.put("warmupSeconds", o.warmup().toSeconds());
            summary.put("clients", Map.of("mixedRest", o.clients(), "storm", o.stormClients(), "grpc", o.grpcClients()));
            summary.put("chain", Map.of("hotels", o.bench().hotels(), "roomTypes", o.bench().roomTypes(), "rooms", o.bench().rooms(),
                    "stormRooms", o.bench().stormRooms(), "stormSellable", o.bench().stormSellable()));
            summary.put("machine", Map.of("cores", atEnd.cores(), "loadAtStart", atStart.loadText(), "loadAtEnd", atEnd.loadText()));
            summary.put("requests", log.counts());
            summary.put("requestsTotal", log.total());
            summary.put("faults", faults.stream().map(Fault::json).toList());
            summary.put("faultAnswers", judged.perFault());
            summary.put("recoverySeconds", round(recoverySeconds));
            summary.put("checks", checks.stream().map(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("check", c.name());
                m.put("expected", c.expected());
                m.put("found", c.found());
                m.put("pass", c.pass());
                if (!c.examples().isEmpty()) {
                    m.put("examples", c.examples());
                }
                return m;
            }).toList());
            summary.put("verdict", pass ? "PASS" : "FAIL");

            print(System.out, log, faults, judged, checks, o);
            Files.createDirectories(o.bench().resultsDir());
            Path file = o.bench().resultsDir().resolve(started.replace(':', '-') + "-soak.json");
            RunReport.JSON.writeValue(file.toFile(), summary);
            System.out.println();
            System.out.println("JSON summary (also in " + file + "):");
            System.out.println(RunReport.JSON.writeValueAsString(summary));
            System.out.printf("%nLoad average at start %s, at end %s. Soak verdict: %s%n", atStart.loadText(), atEnd.loadText(),
                    pass ? "PASS" : "FAIL");
            return pass;
        } finally {
            env.close();
        }
    }

    /** Rounds of the four back ends, PostgreSQL once after the first round, spread evenly over the traffic. */
    static List<Fault> plan(SoakOptions o) {
        List<String> targets = new ArrayList<>();
        for (int r = 0; r < o.rounds(); r++) {
            for (ServiceSpec s : List.of(ServiceSpec.HOTEL, ServiceSpec.INVENTORY, ServiceSpec.PRICING, ServiceSpec.RESERVATION)) {
                targets.add(s.module());
            }
            if (r == 0) {
                targets.add("postgresql");
            }
        }
        double spacing = o.duration().toMillis() / 1000.0 / (targets.size() + 1);
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            faults.add(new Fault(targets.get(i), spacing * (i + 1)));
        }
        return faults;
    }

    private static void inject(Fault f, SoakOptions o, BenchEnvironment env, PostgresControl postgres, SoakLog log) {
        f.startedAt = log.now();
        try {
            if (f.target.equals("postgresql")) {
                Map<String, Long> pids = new LinkedHashMap<>();
                env.services().forEach(p -> pids.put(p.spec().module(), p.pid()));
                System.out.printf("[%6.1f s] PostgreSQL: immediate shutdown%n", f.startedAt);
                postgres.stopImmediately();
                f.downAt = log.now();
                pause(o.postgresDownFor());
                f.restartAt = log.now();
                postgres.start();
                f.backAt = log.now();
                System.out.printf("[%6.1f s] PostgreSQL accepts connections again (down %.1f s); awaiting every service's readiness%n",
                        f.backAt, f.backAt - f.downAt);
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                for (ServiceProcess p : env.services()) {
                    URI ready = URI.create(p.httpUrl() + "/q/health/ready");
                    if (!await(() -> answers200(ready), deadline)) {
                        f.error = p.spec().module() + " not ready within 120 s of PostgreSQL's return";
                    }
                }
                f.servicesReadyAt = log.now();
                Map<String, Long> after = new LinkedHashMap<>();
                env.services().forEach(p -> after.put(p.spec().module(), p.isAlive() ? p.pid() : -1));
                f.pidsUnchanged = after.equals(pids);
                System.out.printf("[%6.1f s] every service ready again %.1f s after PostgreSQL's return, none restarted: %s%n",
                        f.servicesReadyAt, f.servicesReadyAt - f.backAt, f.pidsUnchanged);
            } else {
                ServiceSpec spec = ServiceSpec.BACKENDS.stream().filter(s -> s.module().equals(f.target)).findFirst().orElseThrow();
                f.pid = env.service(spec).pid();
                System.out.printf("[%6.1f s] kill -9 %s (pid %d)%n", f.startedAt, f.target, f.pid);
                if (!env.kill(spec, Duration.ofSeconds(10))) {
                    throw new IllegalStateException(f.target + " still alive 10 s after SIGKILL");
                }
                f.downAt = log.now();
                pause(o.downFor());
                f.restartAt = log.now();
                ServiceProcess started = env.restart(spec);
                f.newPid = started.pid();
                f.backAt = log.now();
                System.out.printf("[%6.1f s] %s ready again (pid %d), %.1f s after the kill%n", f.backAt, f.target, f.newPid,
                        f.backAt - f.startedAt);
            }
        } catch (Exception e) {
            f.error = e.toString();
            System.out.printf("[%6.1f s] %s FAILED: %s%n", log.now(), f.target, e);
        }
    }

    private static List<SoakInvariants.Check> judgeFaults(List<Fault> faults, BenchEnvironment env) {
        List<SoakInvariants.Check> checks = new ArrayList<>();
        long happened = faults.stream().filter(Fault::happened).count();
        List<String> failed = faults.stream().filter(f -> f.error != null).map(f -> f.target + ": " + f.error).toList();
        checks.add(new SoakInvariants.Check("every planned fault injected and recovered from (back end ready again; PostgreSQL back)",
                faults.size() + " injected, 0 failed or skipped", happened + " injected, " + failed.size() + " failed or skipped",
                failed.isEmpty() && happened == faults.size(), failed));
        faults.stream().filter(f -> f.target.equals("postgresql") && f.happened()).findFirst().ifPresent(f ->
                checks.add(new SoakInvariants.Check("after PostgreSQL's restart every service got ready without being restarted",
                        "same pids, ready", "pids unchanged " + f.pidsUnchanged + ", ready after "
                        + round(f.servicesReadyAt - f.backAt) + " s", Boolean.TRUE.equals(f.pidsUnchanged) && f.error == null, List.of())));
        List<String> dead = env.services().stream().filter(p -> !p.isAlive()).map(p -> p.spec().module()).toList();
        checks.add(new SoakInvariants.Check("every service alive at the end", "5 alive", 5 - dead.size() + " alive", dead.isEmpty(), dead));
        return checks;
    }

    /**
     * Every INTERNAL a service answered is logged with an incident id ("unexpected failure, incident …" by a back
     * end's gRPC error handler, "unexpected error on … (incident …)" by the edge), whether or not a caller was still
     * there to see it (a cancelled caller is not): the logs show the bugs the answers may not.
     */
    static SoakInvariants.Check incidentsLogged(Path logs) throws IOException {
        List<String> found = new ArrayList<>();
        try (var files = Files.list(logs)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".log")
                    && !p.getFileName().toString().startsWith("postgres")).sorted().toList()) {
                try (var lines = Files.lines(f, java.nio.charset.StandardCharsets.UTF_8)) {
                    lines.filter(l -> l.contains("unexpected failure, incident") || l.contains("unexpected error on "))
                            .forEach(l -> found.add(f.getFileName() + ": " + l.substring(Math.max(0, l.indexOf("incident")),
                                    Math.min(l.length(), l.indexOf("incident") + 200))));
                }
            }
        }
        return new SoakInvariants.Check("no service logged an unexpected failure (an INTERNAL incident), seen by a caller or not",
                "0", found.size(), found.isEmpty(), List.copyOf(found.subList(0, Math.min(5, found.size()))));
    }

    /** The incidents judged against the fault windows. */
    record Judged(Map<String, Map<String, Long>> verdicts, List<Map<String, Object>> perFault, List<SoakInvariants.Check> checks) {
    }

    /**
     * @param warmup seconds from the start during which a 503 with Retry-After (or gRPC UNAVAILABLE) is accepted as
     *               the cold start's (first requests of many clients at once on fresh JVMs), not a fault's
     */
    static Judged judge(SoakLog log, List<Fault> faults, double grace, double warmup) {
        Map<String, Map<String, Long>> verdicts = new java.util.TreeMap<>();
        List<String> bad = new ArrayList<>();
        long accepted = 0;
        long outside = 0;
        long never = 0;
        Map<Fault, List<SoakLog.Incident>> byFault = new LinkedHashMap<>();
        faults.forEach(f -> byFault.put(f, new ArrayList<>()));
        for (SoakLog.Incident i : log.incidents()) {
            String verdict;
            if (!SoakLog.acceptableDuringFault(i.key())) {
                verdict = "FAIL: never acceptable";
                never++;
            } else {
                // The latest fault whose window it overlaps: a fault's grace may run into the next fault.
                Fault covering = faults.stream().filter(f -> f.covers(i, grace) && f.startedAt <= i.answered())
                        .reduce((a, b) -> b).orElse(null);
                if (covering == null && i.sent() < warmup) {
                    verdict = "accepted (warm-up)";
                    accepted++;
                } else if (covering != null) {
                    verdict = "accepted (during " + covering.target + " fault)";
                    byFault.get(covering).add(i);
                    accepted++;
                } else {
                    verdict = "FAIL: outside every fault window";
                    outside++;
                }
            }
            verdicts.computeIfAbsent(i.op() + " | " + i.key(), k -> new java.util.TreeMap<>()).merge(verdict, 1L, Long::sum);
            if (verdict.startsWith("FAIL") && bad.size() < 10) {
                bad.add(String.format("%s %s sent at %.1f s, answered at %.1f s (%s)", i.op(), i.key(), i.sent(), i.answered(), verdict));
            }
        }
        List<Map<String, Object>> perFault = new ArrayList<>();
        byFault.forEach((f, list) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", f.target);
            m.put("answers", (long) list.size());
            Map<String, Long> keys = new java.util.TreeMap<>();
            list.forEach(i -> keys.merge(i.key(), 1L, Long::sum));
            m.put("byKey", keys);
            if (!list.isEmpty() && !Double.isNaN(f.backAt)) {
                m.put("lastAnsweredAfterBackSeconds", round(list.stream().mapToDouble(SoakLog.Incident::answered).max().orElse(0) - f.backAt));
            }
            perFault.add(m);
        });
        List<SoakInvariants.Check> checks = new ArrayList<>();
        checks.add(new SoakInvariants.Check("no 5xx other than 503 with Retry-After, no gRPC INTERNAL/UNKNOWN, no client exception",
                "0", never, never == 0, bad.stream().filter(s -> s.contains("never")).toList()));
        checks.add(new SoakInvariants.Check("503 with Retry-After / gRPC UNAVAILABLE only during a fault or its grace (or the warm-up)",
                "0 outside (" + accepted + " inside)", outside, outside == 0, bad.stream().filter(s -> s.contains("outside")).toList()));
        return new Judged(verdicts, perFault, checks);
    }

    private static void print(PrintStream out, SoakLog log, List<Fault> faults, Judged judged, List<SoakInvariants.Check> checks,
            SoakOptions o) {
        out.printf("%n== Requests by kind and answer (%d answered)%n", log.total());
        out.printf("%-18s %-58s %9s  %s%n", "request", "answer", "count", "verdict");
        log.counts().forEach((op, keys) -> keys.forEach((key, count) -> {
            Map<String, Long> v = judged.verdicts().get(op + " | " + key);
            String verdict = v != null ? v.toString() : key.endsWith(" PENDING") ? "ok (outcome left to the saga recovery)"
                    : key.matches("[23]\\d\\d.*|grpc OK.*") ? "ok" : "refusal";
            out.printf("%-18s %-58s %9d  %s%n", op, key, count, verdict);
        }));
        out.printf("%n== Faults (times in s since the traffic started; grace %d s after 'back')%n", o.grace().toSeconds());
        out.printf("%-16s %8s %8s %8s %8s %9s %10s  %s%n", "target", "planned", "started", "down", "back", "back-start",
                "503/UNAV", "last after back / note");
        for (int i = 0; i < faults.size(); i++) {
            Fault f = faults.get(i);
            Map<String, Object> pf = judged.perFault().get(i);
            String note = pf.containsKey("lastAnsweredAfterBackSeconds") ? "+" + pf.get("lastAnsweredAfterBackSeconds") + " s" : "-";
            if (f.target.equals("postgresql") && f.happened()) {
                note += String.format("; services ready +%.1f s, none restarted: %s", f.servicesReadyAt - f.backAt, f.pidsUnchanged);
            }
            if (f.error != null) {
                note += "; " + f.error;
            }
            out.printf("%-16s %8.1f %8.1f %8.1f %8.1f %9.1f %10d  %s%n", f.target, f.plannedAt, f.startedAt, f.downAt, f.backAt,
                    f.backAt - f.startedAt, (long) pf.get("answers"), note);
        }
        judged.perFault().stream().filter(m -> m.containsKey("lastAnsweredAfterBackSeconds"))
                .mapToDouble(m -> (double) m.get("lastAnsweredAfterBackSeconds")).max().ifPresent(tail -> out.printf(
                        "Longest tail of 503/UNAVAILABLE after a fault was over: %.1f s (grace %d s)%n", tail, o.grace().toSeconds()));
        out.printf("%n== Checks%n");
        for (SoakInvariants.Check c : checks) {
            out.printf("%-4s %s: found %s (expected %s)%n", c.pass() ? "PASS" : "FAIL", c.name(), c.found(), c.expected());
            c.examples().forEach(e -> out.println("       " + e));
        }
    }

    /** Pacing of the fault schedule: waits until the soak clock reaches {@code seconds}. */
    private static void pauseUntil(SoakLog log, double seconds) throws InterruptedException {
        double left;
        while ((left = seconds - log.now()) > 0) {
            Thread.sleep(Math.max(1, (long) (left * 1000)));
        }
    }

    private static void pause(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    /** Polls {@code condition} every 250 ms until it holds or the deadline (System.nanoTime) passes. */
    private static boolean await(BooleanSupplier condition, long deadline) {
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Parallel.pause(250);
        }
        return condition.getAsBoolean();
    }

    private static boolean answers200(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static double round(double d) {
        return Double.isNaN(d) ? Double.NaN : Math.round(d * 10) / 10.0;
    }
}
