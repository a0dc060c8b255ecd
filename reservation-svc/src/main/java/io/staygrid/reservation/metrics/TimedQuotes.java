package io.staygrid.reservation.metrics;

import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.service.Quotes;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.util.Optional;

/** Times pricing's steps (the saga's quote check, and PrepareReservation's quote) for {@link SagaSteps}. */
@Decorator
@Priority(5)
public abstract class TimedQuotes implements Quotes {

    @Inject
    @Delegate
    Quotes quotes;

    @Inject
    SagaSteps steps;

    @Override
    public Optional<Quote> find(String quoteId) {
        return steps.time("quote_check", () -> quotes.find(quoteId), found -> found.isPresent() ? "found" : "not_found");
    }

    @Override
    public Quote quote(Stay stay) {
        return steps.time("quote", () -> quotes.quote(stay), quote -> "ok");
    }
}
