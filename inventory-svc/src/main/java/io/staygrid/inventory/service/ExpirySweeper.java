package io.staygrid.inventory.service;

import io.quarkus.scheduler.Scheduled;
import io.staygrid.inventory.config.InventoryConfig;
import io.staygrid.inventory.domain.Hold;
import io.staygrid.inventory.repository.HoldRepository;
import io.staygrid.inventory.service.InventoryProbe.Point;
import io.staygrid.support.persistence.DatabaseErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The scheduled job that expires unconfirmed holds, one transaction per hold: a busy night costs that hold only (it
 * stays HELD and is retried by the next sweep), never the batch. Safe on several instances (SKIP LOCKED).
 */
@ApplicationScoped
public class ExpirySweeper {

    private static final Logger LOG = Logger.getLogger(ExpirySweeper.class);
    /** PostgreSQL orders uuids bytewise: the all-zero one comes first. */
    private static final UUID FIRST_ID = new UUID(0L, 0L);

    private final HoldRepository holds;
    private final HoldExpiry expiry;
    private final Clock clock;
    private final InventoryConfig config;
    private final InventoryProbe probe;

    public ExpirySweeper(HoldRepository holds, HoldExpiry expiry, Clock clock, InventoryConfig config, InventoryProbe probe) {
        this.holds = holds;
        this.expiry = expiry;
        this.clock = clock;
        this.config = config;
        this.probe = probe;
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

    /** Expires every hold due at {@code now}, page after page; returns how many. Tests call it directly. */
    public int sweep(Instant now) {
        int expired = 0;
        int skipped = 0;
        Instant afterTime = Instant.EPOCH;
        UUID afterId = FIRST_ID;
        int size = config.sweeper().batchSize();
        for (List<Hold> page = holds.due(now, afterTime, afterId, size); !page.isEmpty();
             page = holds.due(now, afterTime, afterId, size)) {
            for (Hold hold : page) {
                try {
                    if (expiry.expire(hold.reservationId(), now)) {
                        expired++;
                        probe.reached(Point.SWEEPER_PROGRESS, hold.stay().hotelId());
                    }
                } catch (RuntimeException e) {
                    if (!DatabaseErrors.isBusy(e)) {
                        throw e;
                    }
                    skipped++;
                }
            }
            Hold last = page.get(page.size() - 1);
            afterTime = last.expireTime();
            afterId = last.reservationId();
        }
        if (expired > 0 || skipped > 0) {
            LOG.debugf("expired %d holds; %d busy hold(s) left for the next sweep", expired, skipped);
        }
        return expired;
    }
}
