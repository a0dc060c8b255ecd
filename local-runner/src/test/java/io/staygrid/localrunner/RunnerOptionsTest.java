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
    void servicesListenOnLoopbackUnlessToldOtherwise() {
        assertThat(RunnerOptions.parse(new String[0]).bindHost())
                .isEqualTo(System.getenv("STAYGRID_BIND") == null ? "127.0.0.1" : System.getenv("STAYGRID_BIND"));
        RunnerOptions open = RunnerOptions.parse(new String[] {"--bind", "0.0.0.0", "--mint-port", "18079"});
        assertThat(open.bindHost()).isEqualTo("0.0.0.0");
        assertThat(open.mintPort()).isEqualTo(18079);
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> RunnerOptions.parse(new String[] {"--bogus"})).hasMessageContaining("usage:");
    }
}
