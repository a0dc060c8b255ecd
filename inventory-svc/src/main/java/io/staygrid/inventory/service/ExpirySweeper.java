package io.staygrid.inventory.service;

import io.quarkus.scheduler.Scheduled;
import io.staygrid.inventory.config.InventoryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/** The scheduled job that expires unconfirmed holds; safe on several instances (SKIP LOCKED). */
@ApplicationScoped
public class ExpirySweeper {

    private static final Logger LOG = Logger.getLogger(ExpirySweeper.class);

    private final HoldExpiry expiry;
    private final Clock clock;
    private final InventoryConfig config;

    public ExpirySweeper(HoldExpiry expiry, Clock clock, InventoryConfig config) {
        this.expiry = expiry;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(identity = "hold-expiry", every = "${staygrid.inventory.sweeper.every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            sweep(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf(e, "hold expiry sweep failed; the next run retries");
        }
    }

    /** Expires every hold due at {@code now}, batch after batch; returns how many. Tests call it directly. */
    public int sweep(Instant now) {
        int total = 0;
        int expired;
        do {
            expired = expiry.expireBatch(now, config.sweeper().batchSize());
            total += expired;
        } while (expired == config.sweeper().batchSize());
        if (total > 0) {
            LOG.debugf("expired %d holds", total);
        }
        return total;
    }
}
