package io.staygrid.reservation.service;

import io.quarkus.scheduler.Scheduled;
import io.staygrid.reservation.config.ReservationConfig;
import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.repository.CompensationRepository;
import io.staygrid.reservation.repository.ReservationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Finishes what was interrupted: every reservation left PENDING (or PAID with rooms unconfirmed) past its
 * lease is driven forward or back by the saga, and every due compensation (release, refund) is retried.
 * Claims use FOR UPDATE SKIP LOCKED plus a lease, so several instances share the work without overlap.
 */
@ApplicationScoped
public class RecoveryJob {

    private static final Logger LOG = Logger.getLogger(RecoveryJob.class);

    private final ReservationRepository reservations;
    private final CompensationRepository compensationTasks;
    private final BookingSaga saga;
    private final Compensations compensations;
    private final int batchSize;
    private final Duration lease;
    private final String owner = "recovery-" + UUID.randomUUID();

    public RecoveryJob(ReservationRepository reservations, CompensationRepository compensationTasks, BookingSaga saga,
                       Compensations compensations, ReservationConfig config) {
        this.reservations = reservations;
        this.compensationTasks = compensationTasks;
        this.saga = saga;
        this.compensations = compensations;
        this.batchSize = config.recovery().batchSize();
        this.lease = config.pendingLease();
    }

    @Scheduled(every = "${staygrid.reservation.recovery.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "reservation-recovery")
    void scheduled() {
        runOnce();
    }

    /** One pass; returns how many reservations and compensations it worked on. */
    public int runOnce() {
        int worked = 0;
        for (String id : reservations.claimUnfinished(batchSize, lease, owner)) {
            worked++;
            try {
                reservations.find(id).ifPresent(r -> saga.drive(r, Actor.RECOVERY));
            } catch (RuntimeException e) {
                LOG.errorf(e, "recovery of reservation %s failed; it will be retried", id);
            }
        }
        for (String id : compensationTasks.claimDue(batchSize, lease)) {
            worked++;
            try {
                compensations.runPending(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "compensations of reservation %s failed; they will be retried", id);
            }
        }
        return worked;
    }
}
