package io.staygrid.hotel.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The clock that decides "now" and, with a hotel's time zone, "today". */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        // PostgreSQL keeps microseconds: a finer clock would make read-backs differ from what was returned.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
