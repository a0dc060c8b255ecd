package io.staygrid.reservation.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.staygrid.reservation.repository.BacklogCounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Gauges of what recovery still has to do: {@code staygrid.compensations.pending},
 * {@code staygrid.reservations.stuck} and {@code staygrid.reservations.unfinished}. Counted every
 * {@code staygrid.metrics.backlog-refresh} (default 30 s) by a job, never by the scrape itself, so a slow database
 * cannot stall /q/metrics. Every instance reports the same database-wide values: aggregate with max, not sum.
 */
@Startup
@ApplicationScoped
public class BacklogGauges {

    private static final Logger LOG = Logger.getLogger(BacklogGauges.class);

    private final BacklogCounts counts;
    private final AtomicLong compensationsPending = new AtomicLong();
    private final AtomicLong stuck = new AtomicLong();
    private final AtomicLong unfinished = new AtomicLong();

    public BacklogGauges(BacklogCounts counts, MeterRegistry registry) {
        this.counts = counts;
        Gauge.builder("staygrid.compensations.pending", compensationsPending, AtomicLong::get)
                .description("Compensations (release hold, refund) queued and not done yet").register(registry);
        Gauge.builder("staygrid.reservations.stuck", stuck, AtomicLong::get)
                .description("Unfinished reservations flagged STUCK for staff after too many recovery attempts")
                .register(registry);
        Gauge.builder("staygrid.reservations.unfinished", unfinished, AtomicLong::get)
                .description("Reservations PENDING or PAID with rooms not yet confirmed").register(registry);
    }

    @Scheduled(every = "${staygrid.metrics.backlog-refresh:30s}", identity = "reservation-backlog-gauges",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("backlog gauges not refreshed: %s", e.toString());
        }
    }

    /** Counts the backlog now. */
    public void refresh() {
        BacklogCounts.Backlog backlog = counts.read();
        compensationsPending.set(backlog.compensationsPending());
        stuck.set(backlog.stuck());
        unfinished.set(backlog.unfinished());
    }
}
