package io.staygrid.benchmarks.mesh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stops the running embedded PostgreSQL with an immediate shutdown ({@code pg_ctl stop -m immediate}: every
 * backend is killed, no checkpoint, crash recovery at the next start) and starts it again with the same binary,
 * data directory and options, which it reads from {@code postmaster.opts} (PostgreSQL writes the postmaster's
 * command line there at every start). As zonky does, pg_ctl runs under {@code unshare -U} when this JVM is root
 * (PostgreSQL refuses to run as root).
 */
final class PostgresControl {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Path dataDirectory;
    private final Path logFile;
    private final Path pgCtl;
    private final List<String> options;

    private PostgresControl(Path dataDirectory, Path logFile, Path pgCtl, List<String> options) {
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
        this.pgCtl = pgCtl;
        this.options = options;
    }

    /** Reads how the running server was started; call while it runs. */
    static PostgresControl of(Path dataDirectory, Path logFile) throws IOException {
        String opts = Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8).trim();
        int space = opts.indexOf(' ');
        Path postgres = Path.of(space < 0 ? opts : opts.substring(0, space));
        List<String> tokens = new ArrayList<>();
        Matcher m = QUOTED.matcher(space < 0 ? "" : opts.substring(space));
        while (m.find()) {
            tokens.add(m.group(1).replace("\\\"", "\""));
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals("-D")) {
                i++; // pg_ctl passes the data directory itself
            } else {
                options.add(tokens.get(i));
            }
        }
        Path pgCtl = postgres.resolveSibling("pg_ctl");
        if (!Files.isExecutable(pgCtl)) {
            throw new IOException("no pg_ctl next to " + postgres);
        }
        return new PostgresControl(dataDirectory, logFile, pgCtl, List.copyOf(options));
    }

    /** {@code pg_ctl stop -m immediate}, waiting until the postmaster is gone. */
    void stopImmediately() throws IOException, InterruptedException {
        run(List.of("-D", dataDirectory.toString(), "-m", "immediate", "-w", "-t", "60", "stop"), 90);
    }

    /** {@code pg_ctl start} with the options it ran with, waiting until it accepts connections (after crash recovery). */
    void start() throws IOException, InterruptedException {
        String quoted = String.join(" ", options.stream().map(o -> "'" + o.replace("'", "'\\''") + "'").toList());
        run(List.of("-D", dataDirectory.toString(), "-o", quoted, "-w", "-t", "120", "start"), 150);
    }

    private void run(List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(pgCtl.toString());
        command.addAll(args);
        // To a file, not a pipe: the postmaster pg_ctl starts inherits it and outlives pg_ctl.
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("pg_ctl " + args.get(args.size() - 1) + " did not finish in " + timeoutSeconds + " s");
        }
        if (p.exitValue() != 0) {
            throw new IOException("pg_ctl " + args.get(args.size() - 1) + " exited with " + p.exitValue() + " (see " + logFile + ")");
        }
    }
}
