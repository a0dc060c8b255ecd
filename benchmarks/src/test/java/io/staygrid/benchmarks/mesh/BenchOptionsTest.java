package io.staygrid.benchmarks.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsRunEveryScenarioThroughRestWithItsCeiling() {
        BenchOptions o = BenchOptions.parse();

        assertThat(o.scenarios()).containsExactly("reads", "spread-bookings", "hot-storm", "normal-under-storm");
        assertThat(o.vias()).containsExactly("rest");
        assertThat(o.raw()).isTrue();
        assertThat(o.copySeed()).isFalse();
        assertThat(o.stormClients()).isEqualTo(o.clients());
        assertThat(o.stormSellable()).isEqualTo(110);
    }

    @Test
    void scaleBookLoadsTheBooksChainByCopyUnlessToldOtherwise() {
        BenchOptions book = BenchOptions.parse("--scale", "book");
        BenchOptions small = BenchOptions.parse("--scale", "book", "--hotels", "100");

        assertThat(book.hotels()).isEqualTo(5000);
        assertThat(book.roomTypes()).isEqualTo(20);
        assertThat(book.copySeed()).isTrue();
        assertThat(small.hotels()).isEqualTo(100);
        assertThat(small.roomTypes()).isEqualTo(20);
    }

    @Test
    void envAndPostgresSettingsAreCollectedPerModule() {
        BenchOptions o = BenchOptions.parse("--env", "edge-rest:A=1", "--env", "edge-rest:B=x=y", "--pg", "work_mem=8MB",
                "--via", "rest,grpc", "--scenarios", "hot-storm");

        assertThat(o.env()).isEqualTo(Map.of("edge-rest", Map.of("A", "1", "B", "x=y")));
        assertThat(o.pgConfig()).isEqualTo(Map.of("work_mem", "8MB"));
        assertThat(o.vias()).containsExactly("rest", "grpc");
        assertThat(o.scenarios()).containsExactly("hot-storm");
    }

    @Test
    void observabilityBothMeasuresOffThenOnAndIsAbsentByDefault() {
        assertThat(BenchOptions.parse().observability()).isEmpty();
        assertThat(BenchOptions.parse("--observability", "both").observability()).containsExactly("off", "on");
        assertThat(BenchOptions.parse("--observability", "on").observability()).containsExactly("on");
        assertThatThrownBy(() -> BenchOptions.parse("--observability", "some")).hasMessageContaining("off, on or both");
    }

    @Test
    void mistakesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> BenchOptions.parse("--scenarios", "reads,flash")).hasMessageContaining("unknown 'flash'");
        assertThatThrownBy(() -> BenchOptions.parse("--clients", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> BenchOptions.parse("--scale", "huge")).hasMessageContaining("book");
        assertThatThrownBy(() -> BenchOptions.parse("--env", "A=1")).hasMessageContaining("MODULE:KEY=VALUE");
        assertThatThrownBy(() -> BenchOptions.parse("--seconds")).hasMessageContaining("needs a value");
    }
}
