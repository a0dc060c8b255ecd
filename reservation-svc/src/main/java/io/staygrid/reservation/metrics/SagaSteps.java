package io.staygrid.reservation.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.staygrid.reservation.service.OutcomeUnknownException;
import io.staygrid.support.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code staygrid.saga.step.duration}: how long each remote step of the saga and of its compensations took
 * (step = hold, confirm, release, quote_check, quote, charge, lookup, fence, refund), by outcome: what the step
 * answered (fixed enums), {@code unknown} when it could not be learnt, {@code refused} when it threw a refusal, {@code error} when it threw anything else (e.g. the gateway could not be reached for a refund).
 */
@ApplicationScoped
public class SagaSteps {

    static final String NAME = "staygrid.saga.step.duration";

    private final MeterRegistry registry;

    public SagaSteps(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs the step and records its duration with the outcome {@code outcomeOf} names for its answer. */
    public <T> T time(String step, Supplier<T> work, Function<T, String> outcomeOf) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            T answer = work.get();
            outcome = outcomeOf.apply(answer);
            return answer;
        } catch (OutcomeUnknownException e) {
            outcome = "unknown";
            throw e;
        } catch (DomainException e) {
            outcome = "refused";
            throw e;
        } finally {
            Timer.builder(NAME).description("Duration of each remote saga step, by step and outcome")
                    .tag("step", step).tag("outcome", outcome)
                    .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** A step whose answer needs no name: {@code ok} when it returns. */
    public void time(String step, Runnable work) {
        time(step, () -> {
            work.run();
            return null;
        }, ignored -> "ok");
    }
}
