package io.staygrid.localrunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as a child JVM from its quarkus-run.jar, its output in a log file. */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final Process process;
    private final Path logFile;

    private ServiceProcess(ServiceSpec spec, Process process, Path logFile) {
        this.spec = spec;
        this.process = process;
        this.logFile = logFile;
    }

    /** Starts the jar with the given environment added to this JVM's; returns at once. */
    public static ServiceProcess start(ServiceSpec spec, Path jar, Map<String, String> env, List<String> jvmOptions, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            builder.environment().putAll(env);
            return new ServiceProcess(spec, builder.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + spec.module(), e);
        }
    }

    /**
     * Waits until {@code /q/health/ready} answers 200, the process dies, or the deadline passes.
     *
     * @throws IllegalStateException if it is not ready in time (the message quotes the log's tail)
     */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI ready = URI.create(httpUrl() + "/q/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(spec.module() + " exited with code " + process.exitValue() + "; last lines of "
                        + logFile + ":\n" + logTail(30));
            }
            if (answers200(ready)) {
                return;
            }
            pause(Duration.ofMillis(250));
        }
        throw new IllegalStateException(spec.module() + " was not ready within " + timeout.toSeconds() + " s; last lines of "
                + logFile + ":\n" + logTail(30));
    }

    /** Asks the JVM to shut down (SIGTERM, Quarkus stops gracefully); kills it after the grace period. */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Kills the JVM at once (SIGKILL, as {@code kill -9}: no shutdown hook runs, connections are cut mid-call) and
     * waits up to {@code timeout} for it to be gone.
     *
     * @return whether the process has exited
     */
    public boolean kill(Duration timeout) {
        process.destroyForcibly();
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    public ServiceSpec spec() {
        return spec;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Completes when the process has exited, for whatever reason. */
    public java.util.concurrent.CompletableFuture<Process> exited() {
        return process.onExit();
    }

    public int exitCode() {
        return process.exitValue();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public String httpUrl() {
        return "http://localhost:" + spec.httpPort();
    }

    /** The last lines of the service's log, for error messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static boolean answers200(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a service", e);
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a service", e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
