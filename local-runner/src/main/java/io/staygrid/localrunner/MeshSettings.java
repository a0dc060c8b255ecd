package io.staygrid.localrunner;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a {@link Mesh} runs its services.
 *
 * @param repositoryRoot the checkout whose modules hold the built jars
 * @param logDirectory   one {@code <module>.log} per service
 * @param readyTimeout   how long each service may take to report ready
 * @param jvmOptions     options of every service JVM, e.g. a heap limit
 * @param extraEnv       more env vars by module name, {@code "*"} for every service
 */
public record MeshSettings(Path repositoryRoot, Path logDirectory, Duration readyTimeout, List<String> jvmOptions,
        Map<String, Map<String, String>> extraEnv) {

    /** Small heaps and the serial collector: five JVMs share a laptop (or two cores). */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx320m", "-XX:+UseSerialGC");

    public static MeshSettings of(Path repositoryRoot, Path logDirectory) {
        return new MeshSettings(repositoryRoot, logDirectory, Duration.ofSeconds(120), DEFAULT_JVM_OPTIONS, Map.of());
    }

    public MeshSettings withExtraEnv(Map<String, Map<String, String>> env) {
        return new MeshSettings(repositoryRoot, logDirectory, readyTimeout, jvmOptions, env);
    }

    public MeshSettings withReadyTimeout(Duration timeout) {
        return new MeshSettings(repositoryRoot, logDirectory, timeout, jvmOptions, extraEnv);
    }
}
