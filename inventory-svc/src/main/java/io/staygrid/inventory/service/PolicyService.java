package io.staygrid.inventory.service;

import io.staygrid.inventory.domain.OverbookingPolicy;
import io.staygrid.inventory.domain.PolicyChange;
import io.staygrid.inventory.repository.HotelRepository;
import io.staygrid.inventory.repository.HotelRow;
import io.staygrid.inventory.repository.RoomTypeRepository;
import io.staygrid.inventory.service.InventoryProbe.Point;
import io.staygrid.inventory.service.PolicySteps.Run;
import io.staygrid.support.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The overbooking policy of a hotel. A change moves one room type per transaction, so bookings wait at most for
 * one room type's recompute. A lowering refused on a later room type is undone on the earlier ones (raising limits
 * back never falls short); a run that fails midway leaves a marker that the repair finishes towards the higher
 * percent, so nothing stays inconsistent and no repair ever lowers a limit.
 */
@ApplicationScoped
public class PolicyService {

    private static final Logger LOG = Logger.getLogger(PolicyService.class);
    /** Room types created during a change are moved by another pass; more passes than this means it is contended. */
    private static final int MAX_PASSES = 3;

    private final PolicySteps steps;
    private final HotelRepository hotels;
    private final RoomTypeRepository roomTypes;
    private final InventoryProbe probe;
    private final Clock clock;

    public PolicyService(PolicySteps steps, HotelRepository hotels, RoomTypeRepository roomTypes, InventoryProbe probe,
                         Clock clock) {
        this.steps = steps;
        this.hotels = hotels;
        this.roomTypes = roomTypes;
        this.probe = probe;
        this.clock = clock;
    }

    public OverbookingPolicy policy(long hotelId) {
        return hotels.byId(hotelId).map(HotelRow::policy).orElse(OverbookingPolicy.defaultFor(hotelId));
    }

    /** Returns the policy in effect and how many nights from today are overbooked after the change. */
    public PolicyChange setPolicy(long hotelId, int percent, boolean force, boolean validateOnly) {
        if (validateOnly) {
            return steps.dryRun(hotelId, percent, force);
        }
        repair(hotelId, clock.instant());
        Optional<Run> started = steps.start(hotelId, percent);
        if (started.isEmpty()) {
            return new PolicyChange(policy(hotelId), 0);
        }
        Run run = started.get();
        try {
            return complete(run, percent, force, true);
        } catch (DomainException e) {
            if (!"CAPACITY_BELOW_RESERVED".equals(e.reason())) {
                abandon(run, e);
                throw e;
            }
            try {
                complete(run, run.fromPercent(), false, false);
            } catch (RuntimeException revert) {
                abandon(run, revert);
            }
            throw e;
        } catch (RuntimeException e) {
            abandon(run, e);
            throw e;
        }
    }

    /** Finishes an abandoned change of the hotel, if any; true if it did. */
    public boolean repair(long hotelId, Instant now) {
        Optional<Run> taken = steps.takeOver(hotelId, now);
        if (taken.isEmpty()) {
            return false;
        }
        Run run = taken.get();
        LOG.infof("finishing the abandoned policy change of hotel %d at %d percent", hotelId, run.toPercent());
        try {
            complete(run, run.toPercent(), false, run.setsPolicy());
            return true;
        } catch (RuntimeException e) {
            steps.release(run);
            throw e;
        }
    }

    /** Moves every room type to {@code percent} (also those added meanwhile), then ends the run. */
    private PolicyChange complete(Run run, int percent, boolean force, boolean setPolicy) {
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            long after = 0;
            for (Optional<Long> next = roomTypes.nextNotAt(run.hotelId(), percent, after); next.isPresent();
                 next = roomTypes.nextNotAt(run.hotelId(), percent, after)) {
                steps.step(run, next.get(), percent, force);
                probe.reached(Point.POLICY_PROGRESS, run.hotelId());
                after = next.get();
            }
            Optional<PolicyChange> done = steps.finish(run, percent, setPolicy);
            if (done.isPresent()) {
                return done.get();
            }
        }
        throw Errors.policyChangeInProgress(run.hotelId());
    }

    /** Gives the run up and tries once to finish it right away; if that fails too, the repair job will. */
    private void abandon(Run run, RuntimeException cause) {
        try {
            steps.release(run);
            repair(run.hotelId(), clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf(e, "policy change of hotel %d failed (%s) and is left to the repair job", run.hotelId(), cause.getMessage());
        }
    }
}
