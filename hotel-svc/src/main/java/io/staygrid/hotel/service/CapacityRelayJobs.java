package io.staygrid.hotel.service;

import io.quarkus.scheduler.Scheduled;
import io.staygrid.hotel.config.HotelConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jboss.logging.Logger;

/**
 * When the relay runs: on a schedule (the safety net that retries and catches up after restarts), and
 * right after a transaction that changed capacity commits (best effort, so inventory usually has the
 * change within milliseconds).
 */
@ApplicationScoped
public class CapacityRelayJobs {

    private static final Logger LOG = Logger.getLogger(CapacityRelayJobs.class);

    private final CapacityRelay relay;
    private final boolean triggerAfterCommit;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "capacity-relay-trigger");
        t.setDaemon(true);
        return t;
    });

    public CapacityRelayJobs(CapacityRelay relay, HotelConfig config) {
        this.relay = relay;
        this.triggerAfterCommit = config.capacityRelay().triggerAfterCommit();
    }

    @Scheduled(every = "${staygrid.hotel.capacity-relay.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deliverDue() {
        relay.deliverDue();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CapacityChanged change) {
        if (!triggerAfterCommit) {
            return;
        }
        try {
            afterCommit.submit(() -> {
                try {
                    relay.deliverNow(change.roomTypeId());
                } catch (RuntimeException e) {
                    LOG.debugf(e, "immediate capacity delivery of room type %d failed; the schedule retries",
                            change.roomTypeId());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("shutting down; the schedule delivers the change after restart");
        }
    }

    @PreDestroy
    void stop() {
        afterCommit.shutdownNow();
    }
}
