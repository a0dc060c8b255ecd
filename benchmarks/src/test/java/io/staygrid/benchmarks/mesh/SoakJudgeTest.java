package io.staygrid.benchmarks.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the soak judges its answers against the fault windows, and its plan; the soak itself is a command. */
class SoakJudgeTest {

    @Test
    void a503WithRetryAfterIsAcceptedOnlyDuringAFaultOrItsGrace() {
        Soak.Fault kill = fault("inventory-svc", 10, 20);
        SoakLog log = new SoakLog(0);
        record(log, "availability", "503 INVENTORY_SERVICE_UNAVAILABLE (Retry-After)", 12, 12.5); // during
        record(log, "availability", "503 INVENTORY_SERVICE_UNAVAILABLE (Retry-After)", 45, 45.1); // within 30 s grace
        record(log, "availability", "503 INVENTORY_SERVICE_UNAVAILABLE (Retry-After)", 55, 55.1); // past the grace
        record(log, "availability", "503 INVENTORY_SERVICE_UNAVAILABLE (Retry-After)", 5, 6); // before the fault

        Soak.Judged judged = Soak.judge(log, List.of(kill), 30, 0);

        assertThat(judged.verdicts().get("availability | 503 INVENTORY_SERVICE_UNAVAILABLE (Retry-After)"))
                .containsEntry("accepted (during inventory-svc fault)", 2L)
                .containsEntry("FAIL: outside every fault window", 2L);
        assertThat(judged.checks()).extracting(SoakInvariants.Check::pass).containsExactly(true, false);
        assertThat(judged.perFault().get(0)).containsEntry("answers", 2L).containsEntry("lastAnsweredAfterBackSeconds", 25.1);
    }

    @Test
    void a502A500A503WithoutRetryAfterAGrpcInternalOrAClientExceptionFailEvenDuringAFault() {
        Soak.Fault outage = fault("postgresql", 10, 20);
        SoakLog log = new SoakLog(0);
        for (String key : List.of("502 DOWNSTREAM_ERROR", "500 INTERNAL", "503 -", "grpc INTERNAL -", "grpc UNKNOWN -",
                "EXC HttpTimeoutException")) {
            record(log, "book", key, 12, 13);
        }
        record(log, "book", "grpc UNAVAILABLE DATABASE_UNAVAILABLE", 12, 13);

        Soak.Judged judged = Soak.judge(log, List.of(outage), 30, 0);

        assertThat(judged.checks().get(0).found()).isEqualTo(6L);
        assertThat(judged.checks().get(1).pass()).isTrue();
        assertThat(judged.verdicts().get("book | grpc UNAVAILABLE DATABASE_UNAVAILABLE"))
                .containsOnlyKeys("accepted (during postgresql fault)");
    }

    @Test
    void a503OfTheWarmUpIsAcceptedAnotherFailureOfItIsNot() {
        SoakLog log = new SoakLog(0);
        record(log, "quote", "503 RESERVATION_SERVICE_TIMEOUT (Retry-After)", 0.1, 3.9);
        record(log, "quote", "502 DOWNSTREAM_ERROR", 0.1, 3.9);
        record(log, "quote", "503 RESERVATION_SERVICE_TIMEOUT (Retry-After)", 21, 22);

        Soak.Judged judged = Soak.judge(log, List.of(), 30, 20);

        assertThat(judged.verdicts().get("quote | 503 RESERVATION_SERVICE_TIMEOUT (Retry-After)"))
                .containsEntry("accepted (warm-up)", 1L).containsEntry("FAIL: outside every fault window", 1L);
        assertThat(judged.checks().get(0).found()).isEqualTo(1L);
    }

    @Test
    void anIncidentLoggedByAServiceFailsTheRunEvenIfNoCallerSawIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path logs)
            throws Exception {
        java.nio.file.Files.writeString(logs.resolve("pricing-svc.log"), "INFO started\n2026-12-03 ERROR [io.sta.sup.grp."
                + "DomainExceptionHandlerProvider] (executor-thread-49) unexpected failure, incident 87e4: jakarta.enterprise."
                + "context.ContextNotActiveException: Cannot use the EntityManager/Session\n");
        java.nio.file.Files.writeString(logs.resolve("inventory-svc.log"), "INFO started\n");
        java.nio.file.Files.writeString(logs.resolve("postgres.log"), "LOG: unexpected error on incident\n");

        SoakInvariants.Check check = Soak.incidentsLogged(logs);

        assertThat(check.pass()).isFalse();
        assertThat(check.found()).isEqualTo(1);
        assertThat(check.examples()).singleElement().asString().startsWith("pricing-svc.log: incident 87e4");
    }

    @Test
    void answersThatAreNoFailureAreOnlyCounted() {
        SoakLog log = new SoakLog(0);
        record(log, "book", "201 PAID", 1, 2);
        record(log, "storm book", "201 REJECTED ROOMS_UNAVAILABLE", 1, 2);
        record(log, "cancel", "409 RESERVATION_NOT_CANCELABLE", 1, 2);
        record(log, "grpc quote", "grpc OK", 1, 2);
        record(log, "grpc book", "grpc FAILED_PRECONDITION ROOMS_UNAVAILABLE", 1, 2);

        assertThat(log.incidents()).isEmpty();
        assertThat(log.counts().get("book")).isEqualTo(Map.of("201 PAID", 1L));
        assertThat(log.total()).isEqualTo(5);
    }

    @Test
    void aLaterFaultTakesTheAnswersOfItsOwnWindowWhenTheEarliersGraceOverlapsIt() {
        Soak.Fault first = fault("hotel-svc", 10, 20);
        Soak.Fault second = fault("pricing-svc", 30, 40);
        SoakLog log = new SoakLog(0);
        record(log, "quote", "503 PRICING_UNAVAILABLE (Retry-After)", 32, 33);

        Soak.Judged judged = Soak.judge(log, List.of(first, second), 30, 0);

        assertThat(judged.perFault().get(0)).containsEntry("answers", 0L);
        assertThat(judged.perFault().get(1)).containsEntry("answers", 1L);
    }

    @Test
    void tenMinutesByDefaultWithTwoRoundsOfKillsAndPostgresOnceAShortTrialOneRound() {
        SoakOptions full = SoakOptions.parse();
        SoakOptions trial = SoakOptions.parse("--duration", "2m");

        assertThat(full.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(Soak.plan(full)).extracting(f -> f.target).containsExactly("hotel-svc", "inventory-svc", "pricing-svc",
                "reservation-svc", "postgresql", "hotel-svc", "inventory-svc", "pricing-svc", "reservation-svc");
        assertThat(Soak.plan(full)).extracting(f -> f.plannedAt).containsExactly(60.0, 120.0, 180.0, 240.0, 300.0, 360.0,
                420.0, 480.0, 540.0);
        assertThat(Soak.plan(trial)).extracting(f -> f.target).containsExactly("hotel-svc", "inventory-svc", "pricing-svc",
                "reservation-svc", "postgresql");
        assertThat(SoakOptions.duration("1500ms", "--x")).isEqualTo(Duration.ofMillis(1500));
    }

    private static Soak.Fault fault(String target, double startedAt, double backAt) {
        Soak.Fault f = new Soak.Fault(target, startedAt);
        f.startedAt = startedAt;
        f.downAt = startedAt + 0.5;
        f.restartAt = startedAt + 3;
        f.backAt = backAt;
        return f;
    }

    private static void record(SoakLog log, String op, String key, double sent, double answered) {
        log.record(op, (long) (sent * 1e9), (long) (answered * 1e9), new Outcome(key, Outcome.Kind.ERROR));
    }
}
