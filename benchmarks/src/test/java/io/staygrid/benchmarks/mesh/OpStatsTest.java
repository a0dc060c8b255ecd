package io.staygrid.benchmarks.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpStatsTest {

    @Test
    void percentilesCountsAndRatesComeFromTheMergedThreads() {
        OpStats a = new OpStats();
        OpStats b = new OpStats();
        for (int ms = 1; ms <= 100; ms++) {
            (ms % 2 == 0 ? a : b).record(ms * 1_000_000L, ms <= 90 ? Outcome.ok("200") : Outcome.refused("409 SOLD_OUT"));
        }
        a.add(b);

        OpSummary s = a.summary("availability", 10);

        assertThat(s.count()).isEqualTo(100);
        assertThat(s.ok()).isEqualTo(90);
        assertThat(s.refused()).isEqualTo(10);
        assertThat(s.errors()).isZero();
        assertThat(s.perSecond()).isEqualTo(10.0);
        assertThat(s.okPerSecond()).isEqualTo(9.0);
        assertThat(s.p50Millis()).isCloseTo(50, within(0.1));
        assertThat(s.p95Millis()).isCloseTo(95, within(0.1));
        assertThat(s.p99Millis()).isCloseTo(99, within(0.1));
        assertThat(s.maxMillis()).isCloseTo(100, within(0.1));
        assertThat(s.outcomes()).isEqualTo(Map.of("200", 90L, "409 SOLD_OUT", 10L));
    }

    @Test
    void anEmptyWindowSummarizesToZeros() {
        OpSummary s = new OpStats().summary("book", 5);

        assertThat(s.count()).isZero();
        assertThat(s.p99Millis()).isZero();
        assertThat(s.perSecond()).isZero();
    }

    @Test
    void waitingRoomAnswersAreRefusalsAndOther5xxAreServerErrors() {
        Outcome waitingRoom = Outcome.problem(503, "WAITING_ROOM", Optional.of("2"));
        Outcome down = Outcome.problem(503, "INVENTORY_SERVICE_UNAVAILABLE", Optional.empty());

        assertThat(waitingRoom.kind()).isEqualTo(Outcome.Kind.REFUSED);
        assertThat(Outcome.isServerError(waitingRoom.key())).isFalse();
        assertThat(down.kind()).isEqualTo(Outcome.Kind.ERROR);
        assertThat(Outcome.isServerError(down.key())).isTrue();
        assertThat(Outcome.problem(409, "RESERVATION_ID_CONFLICT", Optional.empty()).kind()).isEqualTo(Outcome.Kind.REFUSED);
        assertThat(Outcome.reservation("201", "REJECTED", "ROOMS_UNAVAILABLE"))
                .isEqualTo(Outcome.refused("201 REJECTED ROOMS_UNAVAILABLE"));
        assertThat(Outcome.reservation("201", "PENDING", "-").kind()).isEqualTo(Outcome.Kind.ERROR);
        assertThat(Outcome.isServerError("UNAVAILABLE INVENTORY_BUSY")).isTrue();
    }
}
