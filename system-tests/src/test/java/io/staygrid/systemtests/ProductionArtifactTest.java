package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.staygrid.localrunner.ServiceSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What ships: the built application of every service (its own jar and Quarkus' generated code, the artifacts a
 * deployment runs) has no private key and no token minting endpoint. Development tokens are minted by ./run-local
 * (local-runner's DevTokenMinter), whose key never enters a service.
 */
class ProductionArtifactTest {

    private static final Path ROOT = Path.of(System.getProperty("staygrid.repository.root", "..")).toAbsolutePath().normalize();

    @Test
    void noServiceArtifactCarriesAPrivateKeyOrAMintEndpoint() throws IOException {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Path app = ROOT.resolve(spec.module()).resolve("target/quarkus-app");
            List<Path> jars = new ArrayList<>();
            for (String dir : new String[] {"app", "quarkus"}) {
                try (Stream<Path> files = Files.list(app.resolve(dir))) {
                    files.filter(f -> f.toString().endsWith(".jar")).forEach(jars::add);
                }
            }
            assertThat(jars).as(spec.module() + " is built").isNotEmpty();
            for (Path jar : jars) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        if (entry.isDirectory()) {
                            continue;
                        }
                        scanned++;
                        String name = entry.getName();
                        if (name.endsWith(".pem") || name.endsWith(".key") || name.endsWith(".jwk.json")
                                || name.contains("DevTokenResource") || name.contains("TokenMinter")) {
                            found.add(jar.getFileName() + "!" + name);
                            continue;
                        }
                        try (InputStream in = zip.getInputStream(entry)) {
                            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                            // "/dev/tokens" would be a JAX-RS @Path (or a page calling one) compiled into the app.
                            if (text.contains("PRIVATE KEY-----") || text.contains("/dev/tokens")) {
                                found.add(jar.getFileName() + "!" + name);
                            }
                        }
                    }
                }
            }
        }
        assertThat(scanned).as("entries scanned").isGreaterThan(100);
        assertThat(found).as("private keys or token minting in a service artifact").isEmpty();
    }
}
