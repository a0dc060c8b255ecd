package io.staygrid.localrunner;

import java.nio.file.Path;

/**
 * Command line of the local run.
 *
 * @param root       the checkout (holds the modules and {@code .staygrid/})
 * @param postgresPort fixed PostgreSQL port, so a restart finds the same server address
 * @param seed       whether to seed the demo chain
 * @param bindHost   the address every service and the token minter listen on
 * @param mintPort   the development token minter's port
 */
public record RunnerOptions(Path root, int postgresPort, boolean seed, String bindHost, int mintPort) {

    /** Loopback only unless told otherwise: the local run has no authentication between its parts. */
    public static final String DEFAULT_BIND_HOST = "127.0.0.1";
    public static final int DEFAULT_MINT_PORT = 8079;

    static final String USAGE = """
            usage: ./run-local [--reset] [--no-build] [--root DIR] [--pg-port PORT] [--no-seed] [--bind HOST] [--mint-port PORT]
              --root DIR        the StayGrid checkout (default: the current directory)
              --pg-port PORT    PostgreSQL port (default: $STAYGRID_PG_PORT or 15432)
              --no-seed         do not seed the demo chain
              --bind HOST       address the services listen on (default: $STAYGRID_BIND or 127.0.0.1, this machine only;
                                0.0.0.0 opens the unauthenticated gRPC ports and the token minter to the network)
              --mint-port PORT  port of the development token minter (default: 8079)
            """;

    public static RunnerOptions parse(String[] args) {
        Path root = Path.of("").toAbsolutePath();
        String envPort = System.getenv("STAYGRID_PG_PORT");
        int pgPort = envPort == null || envPort.isBlank() ? 15432 : Integer.parseInt(envPort.trim());
        boolean seed = true;
        String envBind = System.getenv("STAYGRID_BIND");
        String bindHost = envBind == null || envBind.isBlank() ? DEFAULT_BIND_HOST : envBind.trim();
        int mintPort = DEFAULT_MINT_PORT;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(value(args, ++i)).toAbsolutePath().normalize();
                case "--pg-port" -> pgPort = Integer.parseInt(value(args, ++i));
                case "--no-seed" -> seed = false;
                case "--bind" -> bindHost = value(args, ++i);
                case "--mint-port" -> mintPort = Integer.parseInt(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        return new RunnerOptions(root, pgPort, seed, bindHost, mintPort);
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
