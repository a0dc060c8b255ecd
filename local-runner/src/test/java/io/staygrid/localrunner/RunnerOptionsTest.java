package io.staygrid.localrunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunnerOptionsTest {

    @Test
    void optionsOverrideTheDefaults() {
        RunnerOptions options = RunnerOptions.parse(new String[] {"--root", "/tmp/sg", "--pg-port", "25432", "--no-seed"});

        assertThat(options.root()).isEqualTo(Path.of("/tmp/sg"));
        assertThat(options.home()).isEqualTo(Path.of("/tmp/sg/.staygrid"));
        assertThat(options.postgresPort()).isEqualTo(25432);
        assertThat(options.seed()).isFalse();
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"--bogus"})).hasMessageContaining("usage:");
    }
}
