package io.staygrid.benchmarks.mesh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link Soak}. Every option has a default; the chain, the JVM options, --env and --pg are
 * handed to the mesh benchmark's {@link BenchOptions} (same meaning, smaller defaults). See docs/BENCHMARKS.md.
 */
record SoakOptions(Duration duration, Duration warmup, int clients, int stormClients, int grpcClients, Duration stormEvery,
        Duration downFor, Duration postgresDownFor, Duration grace, Duration recoveryDeadline, int rounds,
        double readShare, double bookShare, BenchOptions bench, List<String> commandLine) {

    static final String USAGE = """
            usage: java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' io.staygrid.benchmarks.mesh.Soak [options]
                   (build first: ./mvnw -o -B package -DskipTests -Dexec.skip)
              --duration D          how long the traffic runs: 10m (default), 120s, 2m ...
              --warmup D            the first D of traffic are its warm-up: a 503 with Retry-After then is accepted
                                    (fresh JVMs, every client's first request at once); no fault is injected in it (default 20s)
              --clients N           REST client threads of the mixed traffic (default 8)
              --read-share F        share of reads (hotel, availability, rate calendar) in the mixed traffic (default 0.55)
              --book-share F        share of bookings (quote + book); the rest are cancels of earlier PAID bookings (default 0.33)
              --storm-clients N     REST client threads of the storm on the storm room type's last rooms (default 4)
              --storm-rooms N       rooms of the storm room type, sellable N x 1.1 (default 10)
              --storm-every D       a fresh storm stay every D (default 60s)
              --grpc-clients N      threads calling the back ends straight over gRPC (availability, quote, book) (default 1)
              --rounds N            rounds of kill -9 of hotel, inventory, pricing, reservation; PostgreSQL is restarted
                                    (immediate shutdown) once, after the first round (default 2 from 6 minutes on, else 1)
              --down D              how long a killed back end stays down before it is started again (default 3s)
              --pg-down D           how long PostgreSQL stays down (default 10s)
              --grace D             a 503 with Retry-After is accepted from a fault until this long after the fault is
                                    over (back end ready again / PostgreSQL accepting connections) (default 30s)
              --recovery-deadline D how long to await the saga recovery after the traffic before checking (default 180s)
              --hotels N --room-types N --rooms N   the chain (default 30 x 3 x 10)
              --stay-window DAYS    normal stays start 2..DAYS days ahead (default 120)
              --guests N            guests of the mixed traffic (default 300)
              --jvm-opts "OPTS" --env MODULE:KEY=VAL --pg KEY=VAL --root DIR --results DIR   as the mesh benchmark
            """;

    static SoakOptions parse(String... args) {
        Map<String, String> single = new HashMap<>();
        List<String> bench = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            switch (name) {
                case "--duration", "--warmup", "--clients", "--read-share", "--book-share", "--storm-clients", "--storm-every",
                        "--grpc-clients", "--rounds", "--down", "--pg-down", "--grace", "--recovery-deadline" ->
                        single.put(name, value(args, ++i, name));
                case "--hotels", "--room-types", "--rooms", "--stay-window", "--guests", "--storm-rooms", "--jvm-opts",
                        "--env", "--pg", "--root", "--results" -> {
                    bench.add(name);
                    bench.add(value(args, ++i, name));
                }
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        Map<String, String> defaults = Map.of("--hotels", "30", "--room-types", "3", "--rooms", "10", "--stay-window", "120",
                "--guests", "300", "--storm-rooms", "10");
        defaults.forEach((k, v) -> {
            if (!bench.contains(k)) {
                bench.add(k);
                bench.add(v);
            }
        });
        BenchOptions b = BenchOptions.parse(bench.toArray(String[]::new));
        Duration duration = duration(single.getOrDefault("--duration", "10m"), "--duration");
        double reads = share(single.getOrDefault("--read-share", "0.55"), "--read-share");
        double books = share(single.getOrDefault("--book-share", "0.33"), "--book-share");
        if (reads + books > 1) {
            throw new IllegalArgumentException("--read-share + --book-share must be at most 1");
        }
        int rounds = single.containsKey("--rounds") ? positive(single.get("--rounds"), "--rounds")
                : duration.compareTo(Duration.ofMinutes(6)) >= 0 ? 2 : 1;
        Duration warmup = duration(single.getOrDefault("--warmup", "20s"), "--warmup");
        return new SoakOptions(duration, warmup, positive(single.getOrDefault("--clients", "8"), "--clients"),
                positive(single.getOrDefault("--storm-clients", "4"), "--storm-clients"),
                Integer.parseInt(single.getOrDefault("--grpc-clients", "1")),
                duration(single.getOrDefault("--storm-every", "60s"), "--storm-every"),
                duration(single.getOrDefault("--down", "3s"), "--down"),
                duration(single.getOrDefault("--pg-down", "10s"), "--pg-down"),
                duration(single.getOrDefault("--grace", "30s"), "--grace"),
                duration(single.getOrDefault("--recovery-deadline", "180s"), "--recovery-deadline"),
                rounds, reads, books, b, List.of(args));
    }

    Path root() {
        return bench.root();
    }

    /** 10m, 90s, 1500ms, or a bare number of seconds. */
    static Duration duration(String value, String name) {
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            if (value.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " wants a duration such as 10m, 90s or 1500ms, got " + value);
        }
    }

    private static double share(String value, String name) {
        double d = Double.parseDouble(value);
        if (d < 0 || d > 1) {
            throw new IllegalArgumentException(name + " is between 0 and 1");
        }
        return d;
    }

    private static int positive(String value, String name) {
        int n = Integer.parseInt(value);
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return n;
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }
}
