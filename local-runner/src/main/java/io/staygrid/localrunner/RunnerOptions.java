package io.staygrid.localrunner;

import java.nio.file.Path;

/**
 * Command line of the local run.
 *
 * @param root       the checkout (holds the modules and {@code .staygrid/})
 * @param postgresPort fixed PostgreSQL port, so a restart finds the same server address
 * @param seed       whether to seed the demo chain
 */
public record RunnerOptions(Path root, int postgresPort, boolean seed) {

    static final String USAGE = """
            usage: ./run-local [--reset] [--no-build] [--root DIR] [--pg-port PORT] [--no-seed]
              --root DIR       the StayGrid checkout (default: the current directory)
              --pg-port PORT   PostgreSQL port (default: $STAYGRID_PG_PORT or 15432)
              --no-seed        do not seed the demo chain
            """;

    public static RunnerOptions parse(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        String envPort = System.getenv("STAYGRID_PG_PORT");
        int pgPort = envPort == null || envPort.isBlank() ? 15432 : Integer.parseInt(envPort.trim());
        boolean seed = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(value(args, ++i)).toAbsolutePath().normalize();
                case "--pg-port" -> pgPort = Integer.parseInt(value(args, ++i));
                case "--no-seed" -> seed = false;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        return new RunnerOptions(root, pgPort, seed);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + args[i - 1] + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    /** Everything the local run keeps: database files, logs, seeding markers. */
    public Path home() {
        return root.resolve(".staygrid");
    }
}
