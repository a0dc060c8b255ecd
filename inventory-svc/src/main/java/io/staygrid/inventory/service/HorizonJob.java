package io.staygrid.inventory.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.staygrid.inventory.repository.InventoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Keeps rows for today .. today + 729 (each hotel's time zone) for every room type. One idempotent
 * INSERT ... ON CONFLICT DO NOTHING from each room type's last row: catches up any missed days, and
 * several instances running it at once only wait for each other. Past rows are never deleted.
 */
@ApplicationScoped
public class HorizonJob {

    private static final Logger LOG = Logger.getLogger(HorizonJob.class);

    private final InventoryRepository inventory;
    private final Clock clock;
    private final InventoryProbe probe;

    public HorizonJob(InventoryRepository inventory, Clock clock, InventoryProbe probe) {
        this.inventory = inventory;
        this.clock = clock;
        this.probe = probe;
    }

    void onStart(@Observes StartupEvent event) {
        run();
    }

    @Scheduled(identity = "inventory-horizon", every = "${staygrid.inventory.horizon.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            extendTo(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf(e, "horizon extension failed; the next run catches up");
        }
    }

    /** Adds the missing rows for the horizon as of {@code now}; returns how many. Tests call it directly. */
    @Transactional
    public int extendTo(Instant now) {
        int added = inventory.extendAll(now);
        probe.reached(InventoryProbe.Point.HORIZON_PROGRESS, 0);
        if (added > 0) {
            LOG.infof("horizon job added %d inventory rows", added);
        }
        return added;
    }
}
