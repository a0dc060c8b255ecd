package io.staygrid.benchmarks.mesh;

import io.staygrid.localrunner.MeshSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link MeshBenchmark}. Every option has a default; {@code --scale book} changes the
 * defaults of the chain's size and seeding (explicit options still win). See docs/BENCHMARKS.md.
 */
public record BenchOptions(Path root, Path resultsDir, List<String> scenarios, List<String> vias, int clients,
        int seconds, int warmup, int hotels, int roomTypes, int rooms, int stayWindow, int guests, int stormRooms,
        int stormAttempts, int stormGuests, int stormClients, boolean stormQuoteEach, double normalReadShare, boolean raw, boolean jfr,
        boolean copySeed, boolean scaleBook, int seedThreads, List<String> jvmOptions,
        Map<String, Map<String, String>> env, Map<String, String> pgConfig, List<String> commandLine,
        List<String> observability) {

    public static final List<String> SCENARIOS = List.of("reads", "spread-bookings", "hot-storm", "normal-under-storm");
    public static final List<String> VIAS = List.of("rest", "grpc");

    static final String USAGE = """
            usage: java -jar benchmarks/target/benchmarks.jar [options]   (build first: ./mvnw package -DskipTests)
              --scenarios LIST      reads,spread-bookings,hot-storm,normal-under-storm (default: all four)
              --via LIST            rest (through edge-rest), grpc (straight to the services) or rest,grpc (default rest)
              --clients N           client threads of reads, spread-bookings and the normal traffic (default 32)
              --seconds N / --warmup N   measured window and warm-up of each timed run (default 20 / 15)
              --hotels N --room-types N --rooms N   the chain: hotels x room types x rooms each (default 200 x 5 x 10)
              --stay-window DAYS    stays start 2..DAYS days ahead, 1-3 nights (default 300)
              --guests N            distinct guests of the normal traffic (default 1000)
              --storm-rooms N       rooms of the hot room type, sellable = N x 1.1 (default 100)
              --storm-attempts N --storm-guests N --storm-clients N   the flash sale (default 20000, 2000, = --clients)
              --storm-quote once|each   a guest quotes at its first attempt and books with fresh ids after (once,
                                    default), or quotes before every attempt (each)
              --normal-read-share F share of reads in the normal traffic of normal-under-storm (default 0.8)
              --no-raw              skip the raw-SQL ceilings (trials only: a figure without its ratio is not recorded)
              --jfr                 JFR recording of every service during the measured window of reads and spread-bookings
              --observability off|on|both   metrics and tracing off (no-op meters, no OpenTelemetry SDK) or on
                                    (meters scraped every 15 s, traces sampled as configured and exported over
                                    OTLP to a receiver the benchmark runs); both = off, then on, each on a fresh
                                    mesh, database and chain, then the on/off ratios (default: as the services
                                    ship, metrics recorded, tracing off)
              --scale book          5,000 hotels x 20 room types x 730 days by COPY (73 M inventory rows), roll-forward
              --seed grpc|copy      how the chain is made (default grpc; copy = bulk COPY into the databases)
              --seed-threads N      parallel seeding calls (default 8)
              --jvm-opts "OPTS"     options of every service JVM (default "-Xmx320m -XX:+UseSerialGC")
              --env MODULE:KEY=VAL  extra env of one service (repeatable), e.g. edge-rest:STAYGRID_EDGE_RATE_LIMIT_ENABLED=true
              --pg KEY=VAL          extra postgresql.conf setting (repeatable), e.g. shared_buffers=512MB
              --root DIR / --results DIR   repository root (default .) / where results go (default ROOT/benchmarks/results)
            """;

    public static BenchOptions parse(String... args) {
        Map<String, String> single = new HashMap<>();
        Map<String, Map<String, String>> env = new LinkedHashMap<>();
        Map<String, String> pg = new LinkedHashMap<>();
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            switch (name) {
                case "--no-raw", "--jfr" -> flags.add(name);
                case "--env" -> {
                    String value = value(args, ++i, name);
                    int colon = value.indexOf(':');
                    String[] kv = keyValue(value.substring(colon + 1), name);
                    if (colon <= 0) {
                        throw new IllegalArgumentException("--env wants MODULE:KEY=VALUE, got " + value);
                    }
                    env.computeIfAbsent(value.substring(0, colon), m -> new LinkedHashMap<>()).put(kv[0], kv[1]);
                }
                case "--pg" -> {
                    String[] kv = keyValue(value(args, ++i, name), name);
                    pg.put(kv[0], kv[1]);
                }
                case "--scenarios", "--via", "--clients", "--seconds", "--warmup", "--hotels", "--room-types", "--rooms",
                        "--stay-window", "--guests", "--storm-rooms", "--storm-attempts", "--storm-guests", "--storm-clients", "--storm-quote",
                        "--normal-read-share", "--scale", "--seed", "--seed-threads", "--jvm-opts", "--root", "--results",
                        "--observability" ->
                        single.put(name, value(args, ++i, name));
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        String scale = single.get("--scale");
        if (scale != null && !scale.equals("book")) {
            throw new IllegalArgumentException("--scale knows only 'book'");
        }
        boolean book = scale != null;
        Path root = Path.of(single.getOrDefault("--root", ".")).toAbsolutePath().normalize();
        int clients = integer(single, "--clients", 32);
        String seed = single.getOrDefault("--seed", book ? "copy" : "grpc");
        if (!seed.equals("grpc") && !seed.equals("copy")) {
            throw new IllegalArgumentException("--seed is grpc or copy");
        }
        return new BenchOptions(root,
                single.containsKey("--results") ? Path.of(single.get("--results")).toAbsolutePath() : root.resolve("benchmarks/results"),
                list(single.getOrDefault("--scenarios", String.join(",", SCENARIOS)), SCENARIOS, "--scenarios"),
                list(single.getOrDefault("--via", "rest"), VIAS, "--via"),
                clients, integer(single, "--seconds", 20), integer(single, "--warmup", 15),
                integer(single, "--hotels", book ? 5000 : 200), integer(single, "--room-types", book ? 20 : 5),
                integer(single, "--rooms", 10), integer(single, "--stay-window", 300), integer(single, "--guests", 1000),
                integer(single, "--storm-rooms", 100), integer(single, "--storm-attempts", 20_000),
                integer(single, "--storm-guests", 2000), integer(single, "--storm-clients", clients),
                stormQuote(single.getOrDefault("--storm-quote", "once")),
                Double.parseDouble(single.getOrDefault("--normal-read-share", "0.8")),
                !flags.contains("--no-raw"), flags.contains("--jfr"), seed.equals("copy"), book,
                integer(single, "--seed-threads", 8),
                single.containsKey("--jvm-opts") ? Arrays.asList(single.get("--jvm-opts").trim().split("\\s+"))
                        : MeshSettings.DEFAULT_JVM_OPTIONS,
                env, pg, List.of(args), observability(single.get("--observability")));
    }

    private static List<String> observability(String value) {
        if (value == null) {
            return List.of();
        }
        return switch (value) {
            case "off", "on" -> List.of(value);
            case "both" -> List.of("off", "on");
            default -> throw new IllegalArgumentException("--observability is off, on or both");
        };
    }

    private static boolean stormQuote(String value) {
        if (!value.equals("once") && !value.equals("each")) {
            throw new IllegalArgumentException("--storm-quote is once or each");
        }
        return value.equals("each");
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    private static String[] keyValue(String value, String name) {
        int eq = value.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(name + " wants KEY=VALUE, got " + value);
        }
        return new String[] {value.substring(0, eq), value.substring(eq + 1)};
    }

    private static int integer(Map<String, String> single, String name, int fallback) {
        String value = single.get(name);
        try {
            int n = value == null ? fallback : Integer.parseInt(value);
            if (n < (name.equals("--warmup") ? 0 : 1)) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " wants a whole number, got " + value);
        }
    }

    private static List<String> list(String value, List<String> known, String name) {
        List<String> items = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        items.stream().filter(s -> !known.contains(s)).findFirst().ifPresent(s -> {
            throw new IllegalArgumentException(name + ": unknown '" + s + "' (known: " + String.join(", ", known) + ")");
        });
        if (items.isEmpty()) {
            throw new IllegalArgumentException(name + " names nothing");
        }
        return items;
    }

    /** Sellable rooms of the hot room type at the default 10% overbooking: floor(rooms x 1.1). */
    public int stormSellable() {
        return stormRooms * 110 / 100;
    }
}
