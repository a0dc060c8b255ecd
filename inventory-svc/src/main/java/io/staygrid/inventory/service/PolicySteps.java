package io.staygrid.inventory.service;

import io.staygrid.inventory.config.PolicyConfig;
import io.staygrid.inventory.domain.Horizon;
import io.staygrid.inventory.domain.OverbookingPolicy;
import io.staygrid.inventory.domain.PolicyChange;
import io.staygrid.inventory.repository.CapacityRepository;
import io.staygrid.inventory.repository.CapacityRepository.Scope;
import io.staygrid.inventory.repository.CapacityRepository.Shortfall;
import io.staygrid.inventory.repository.HotelRepository;
import io.staygrid.inventory.repository.HotelRow;
import io.staygrid.inventory.repository.RoomTypeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactions of a policy change, each short and bounded: mark the change in flight on the hotel row, move one
 * room type (its row, then its nights), end the change. Each step checks it still owns the hotel's pending marker.
 */
@ApplicationScoped
public class PolicySteps {

    /** One run of a hotel's policy change: the marker it owns, and the percents it moves between. */
    public record Run(long hotelId, UUID token, int fromPercent, int toPercent, boolean setsPolicy) {
    }

    private final HotelRepository hotels;
    private final RoomTypeRepository roomTypes;
    private final CapacityRepository capacity;
    private final Recompute recompute;
    private final Clock clock;
    private final PolicyConfig policyConfig;

    public PolicySteps(HotelRepository hotels, RoomTypeRepository roomTypes, CapacityRepository capacity, Recompute recompute,
                       Clock clock, PolicyConfig policyConfig) {
        this.hotels = hotels;
        this.roomTypes = roomTypes;
        this.capacity = capacity;
        this.recompute = recompute;
        this.clock = clock;
        this.policyConfig = policyConfig;
    }

    /** Marks the change in flight; empty when the hotel has no room types yet (its percent is then simply set). */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Run> start(long hotelId, int percent) {
        Instant now = begin();
        HotelRow hotel = hotels.lockOrCreate(hotelId, now);
        if (hotel.pendingToken() != null) {
            throw Errors.policyChangeInProgress(hotelId);
        }
        if (hotel.timeZone() == null) {
            hotels.setPercent(hotelId, percent, now);
            return Optional.empty();
        }
        UUID token = UUID.randomUUID();
        hotels.setPending(hotelId, percent, token, now.plus(policyConfig.lease()));
        return Optional.of(new Run(hotelId, token, hotel.percent(), percent, true));
    }

    /** Takes over a change whose owner is gone; the target is the higher percent, so finishing only raises limits. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Run> takeOver(long hotelId, Instant now) {
        Optional<HotelRow> found = hotels.lock(hotelId);
        if (found.isEmpty() || !found.get().pendingAbandoned(now)) {
            return Optional.empty();
        }
        HotelRow hotel = found.get();
        UUID token = UUID.randomUUID();
        int target = Math.max(hotel.percent(), hotel.pendingPercent());
        hotels.setPending(hotelId, hotel.pendingPercent(), token, now.plus(policyConfig.lease()));
        return Optional.of(new Run(hotelId, token, hotel.percent(), target, target == hotel.pendingPercent()));
    }

    /** Moves one room type's nights to {@code percent}; an unforced lowering below reserved is refused, unchanged. */
    @Transactional(TxType.REQUIRES_NEW)
    public void step(Run run, long roomTypeId, int percent, boolean force) {
        Instant now = begin();
        HotelRow hotel = owned(run, hotels.share(run.hotelId()));
        if (roomTypes.lock(run.hotelId(), roomTypeId).isEmpty()) {
            return;
        }
        roomTypes.setAppliedPercent(run.hotelId(), roomTypeId, percent);
        LocalDate today = Horizon.today(now, hotel.timeZone());
        recompute.run(Scope.allDates(run.hotelId(), roomTypeId, today, Horizon.end(today)), force, now);
    }

    /** Ends the run if every room type is at {@code percent}; empty if one is not (a room type added meanwhile). */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<PolicyChange> finish(Run run, int percent, boolean setPolicy) {
        Instant now = begin();
        HotelRow hotel = owned(run, hotels.lock(run.hotelId()));
        if (roomTypes.nextNotAt(run.hotelId(), percent, 0).isPresent()) {
            return Optional.empty();
        }
        if (setPolicy) {
            hotels.setPercent(run.hotelId(), percent, now);
        }
        hotels.clearPending(run.hotelId());
        LocalDate today = Horizon.today(now, hotel.timeZone());
        OverbookingPolicy policy = hotels.byId(run.hotelId()).orElseThrow().policy();
        return Optional.of(new PolicyChange(policy, capacity.overbookedCount(run.hotelId(), today)));
    }

    /** A failed run gives its lease up now, so the repair (or the next change) finishes its change at once. */
    @Transactional(TxType.REQUIRES_NEW)
    public void release(Run run) {
        hotels.releaseLease(run.hotelId(), run.token(), begin());
    }

    /** validate_only: what the change would do, computed without locking or writing anything. */
    @Transactional(TxType.REQUIRES_NEW)
    public PolicyChange dryRun(long hotelId, int percent, boolean force) {
        Instant now = begin();
        OverbookingPolicy policy = new OverbookingPolicy(hotelId, percent, false, now);
        Optional<HotelRow> hotel = hotels.byId(hotelId);
        if (hotel.isEmpty() || hotel.get().timeZone() == null) {
            return new PolicyChange(policy, 0);
        }
        LocalDate today = Horizon.today(now, hotel.get().timeZone());
        Scope scope = new Scope(hotelId, 0, today, Horizon.end(today), percent, List.of());
        Shortfall shortfall = capacity.shortfall(scope);
        if (shortfall.nights() > 0 && !force) {
            throw Errors.capacityBelowReserved(shortfall.nights(), shortfall.firstDate());
        }
        return new PolicyChange(policy, capacity.overbookedAfter(scope));
    }

    private static HotelRow owned(Run run, Optional<HotelRow> hotel) {
        if (hotel.isEmpty() || !run.token().equals(hotel.get().pendingToken())) {
            throw Errors.policyChangeInProgress(run.hotelId());
        }
        return hotel.get();
    }

    private Instant begin() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
