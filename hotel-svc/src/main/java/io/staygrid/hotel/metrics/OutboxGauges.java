package io.staygrid.hotel.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.staygrid.hotel.repository.OutboxBacklog;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Gauges of the capacity outbox: {@code staygrid.hotel.outbox.pending}, {@code staygrid.hotel.outbox.parked} and
 * {@code staygrid.hotel.outbox.oldest.age} (seconds). Counted every {@code staygrid.metrics.backlog-refresh}
 * (default 30 s) by a job, never by the scrape itself. Every instance reports the same database-wide values.
 */
@Startup
@ApplicationScoped
public class OutboxGauges {

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);

    private final OutboxBacklog outbox;
    private final AtomicReference<OutboxBacklog.Backlog> last =
            new AtomicReference<>(new OutboxBacklog.Backlog(0, 0, 0));

    public OutboxGauges(OutboxBacklog outbox, MeterRegistry registry) {
        this.outbox = outbox;
        Gauge.builder("staygrid.hotel.outbox.pending", last, b -> b.get().pending())
                .description("Capacity changes waiting for delivery to inventory-svc").register(registry);
        Gauge.builder("staygrid.hotel.outbox.parked", last, b -> b.get().parked())
                .description("Capacity changes inventory-svc refused for good, kept until the next change")
                .register(registry);
        Gauge.builder("staygrid.hotel.outbox.oldest.age", last, b -> b.get().oldestPendingSeconds())
                .description("Age of the oldest capacity change waiting for delivery").baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(every = "${staygrid.metrics.backlog-refresh:30s}", identity = "hotel-outbox-gauges",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("outbox gauges not refreshed: %s", e.toString());
        }
    }

    /** Counts the outbox now. */
    public void refresh() {
        last.set(outbox.read());
    }
}
