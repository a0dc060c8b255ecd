package io.staygrid.reservation.service;

import io.quarkus.scheduler.Scheduled;
import io.staygrid.reservation.config.ReservationConfig;
import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.repository.CompensationRepository;
import io.staygrid.reservation.repository.ReservationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Finishes what was interrupted: every reservation left PENDING (or PAID with rooms unconfirmed) past its
 * lease is driven forward or back by the saga, and every due compensation (release, refund) is retried.
 * Claims use FOR UPDATE SKIP LOCKED plus a lease, so several instances share the work without overlap.
 * CANCELED/REJECTED reservations whose charge is still REQUESTED/UNKNOWN are claimed too (to settle it), and a
 * reservation still unfinished after {@code recovery.max-attempts} claims is flagged STUCK and no longer claimed.
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
    private final int maxAttempts;
    private final String owner;

    @Inject
    public RecoveryJob(ReservationRepository reservations, CompensationRepository compensationTasks, BookingSaga saga,
                       Compensations compensations, ReservationConfig config) {
        this.reservations = reservations;
        this.compensationTasks = compensationTasks;
        this.saga = saga;
        this.compensations = compensations;
        this.batchSize = config.recovery().batchSize();
        this.lease = config.pendingLease();
        this.maxAttempts = config.recovery().maxAttempts();
        this.owner = "recovery-" + UUID.randomUUID();
    }

    /** A job claiming as another instance would (its own lease owner); for tests of several instances. */
    public RecoveryJob asAnotherInstance() {
        return new RecoveryJob(reservations, compensationTasks, saga, compensations, batchSize, lease, maxAttempts);
    }

    private RecoveryJob(ReservationRepository reservations, CompensationRepository compensationTasks,
                        BookingSaga saga, Compensations compensations, int batchSize, Duration lease, int maxAttempts) {
        this.reservations = reservations;
        this.compensationTasks = compensationTasks;
        this.saga = saga;
        this.compensations = compensations;
        this.batchSize = batchSize;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.owner = "recovery-" + UUID.randomUUID();
    }

    /** This instance's lease owner name. */
    public String owner() {
        return owner;
    }

    @Scheduled(every = "${staygrid.reservation.recovery.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "reservation-recovery")
    void scheduled() {
        runOnce();
    }

    /** One pass; returns how many reservations and compensations it worked on. */
    public int runOnce() {
        int worked = 0;
        for (String id : reservations.flagStuck(maxAttempts)) {
            LOG.errorf("reservation %s is still unfinished after %d recovery attempts: flagged STUCK", id, maxAttempts);
        }
        for (String id : reservations.claimUnfinished(batchSize, lease, owner)) {
            worked++;
            try {
                reservations.byId(id).ifPresent(r -> saga.drive(r, Actor.RECOVERY, owner));
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
