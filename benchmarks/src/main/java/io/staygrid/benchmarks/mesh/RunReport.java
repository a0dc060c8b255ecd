package io.staygrid.benchmarks.mesh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a run records, written as results/&lt;timestamp&gt;.json: the command line and commit, the machine
 * (load at start and end: figures taken while others build are noisy), PostgreSQL's settings in effect, how
 * the chain was made, and every scenario's variants, ratios and checks.
 */
record RunReport(String startedAt, List<String> commandLine, BenchOptions options, String gitCommit, MachineInfo machineAtStart,
        MachineInfo machineAtEnd, Map<String, String> postgres, Map<String, Object> setup, List<ScenarioResult> scenarios) {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    Path write(Path directory) throws IOException {
        return write(directory, "");
    }

    /** Writes results/&lt;timestamp&gt;&lt;suffix&gt;.json (a suffix tells the phases of one run apart). */
    Path write(Path directory, String suffix) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(startedAt.replace(':', '-') + suffix + ".json");
        JSON.writeValue(file.toFile(), this);
        return file;
    }
}
