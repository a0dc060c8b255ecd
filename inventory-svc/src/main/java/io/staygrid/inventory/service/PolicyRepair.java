package io.staygrid.inventory.service;

import io.quarkus.scheduler.Scheduled;
import io.staygrid.inventory.repository.HotelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Finishes policy changes abandoned midway (a crash, a failed call): safe on several instances (leased markers). */
@ApplicationScoped
public class PolicyRepair {

    private static final Logger LOG = Logger.getLogger(PolicyRepair.class);
    private static final int BATCH = 100;

    private final HotelRepository hotels;
    private final PolicyService policies;
    private final Clock clock;

    public PolicyRepair(HotelRepository hotels, PolicyService policies, Clock clock) {
        this.hotels = hotels;
        this.policies = policies;
        this.clock = clock;
    }

    @Scheduled(identity = "policy-repair", every = "${staygrid.inventory.policy.repair-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        repairAbandoned(clock.instant());
    }

    /** Finishes every change whose owner's lease ran out by {@code now}; returns how many. Tests call it directly. */
    public int repairAbandoned(Instant now) {
        int repaired = 0;
        for (long hotelId : hotels.abandonedPolicyChanges(now, BATCH)) {
            try {
                repaired += policies.repair(hotelId, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf(e, "policy change of hotel %d not finished yet; the next run retries", hotelId);
            }
        }
        return repaired;
    }
}
