package io.staygrid.inventory.service;

import io.staygrid.inventory.domain.DateRules;
import io.staygrid.inventory.domain.Hold;
import io.staygrid.inventory.domain.HoldResult;
import io.staygrid.inventory.domain.HoldState;
import io.staygrid.inventory.domain.Horizon;
import io.staygrid.inventory.domain.RoomTypeCapacity;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.inventory.repository.HoldRepository;
import io.staygrid.inventory.repository.RoomTypeRepository;
import io.staygrid.support.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The write path: take, confirm and release rooms, each idempotent by reservation_id and in one transaction. */
@ApplicationScoped
public class HoldService {

    private final HoldRepository holds;
    private final RoomTypeRepository roomTypes;
    private final RoomLedger ledger;
    private final Clock clock;

    public HoldService(HoldRepository holds, RoomTypeRepository roomTypes, RoomLedger ledger, Clock clock) {
        this.holds = holds;
        this.roomTypes = roomTypes;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * A retry of a known reservation_id replays the first answer, whatever the hold's state and today are now
     * (only new holds are validated). A new id is validated, then its hold row inserted before any night is
     * touched: a concurrent duplicate blocks on its key until this transaction ends, then sees the committed hold
     * and replays it, so a reservation_id is counted once. The id is looked up only when the insert finds it
     * taken or the request fails validation (measured: the lookup up front was one round trip of seven on the
     * path of every new hold; docs/BENCHMARKS.md, hold contention).
     */
    @Transactional
    public HoldResult hold(UUID id, Stay stay, Duration holdDuration) {
        Instant now = now();
        try {
            DateRules.checkShape(DateRules.Kind.STAY, stay.startDate(), stay.endDate());
            DateRules.checkRooms(stay.rooms());
            RoomTypeCapacity roomType = roomTypes.byId(stay.hotelId(), stay.roomTypeId())
                    .orElseThrow(() -> Errors.roomTypeNotFound(stay.hotelId(), stay.roomTypeId()));
            LocalDate today = Horizon.today(now, roomType.timeZone());
            DateRules.checkAgainstToday(DateRules.Kind.STAY, stay.startDate(), stay.endDate(), today, false);
        } catch (DomainException refused) {
            // A known id replays even if its stay would not be accepted today (the day moved on, the room type went).
            return holds.byId(id).map(existing -> replay(existing, stay, now)).orElseThrow(() -> refused);
        }
        Instant expireTime = now.plus(holdDuration);
        if (!holds.insertHeld(id, stay, expireTime, now)) {
            return replay(holds.byId(id).orElseThrow(), stay, now);
        }
        ledger.take(stay, now, Errors::roomsUnavailable);
        return new HoldResult(new Hold(id, stay, HoldState.HELD, expireTime, now, now), false);
    }

    private static HoldResult replay(Hold existing, Stay asked, Instant now) {
        if (existing.neverHeld()) {
            throw Errors.holdReleased(existing.reservationId());
        }
        String difference = existing.stay().firstDifference(asked);
        if (difference != null) {
            throw Errors.holdConflict(existing.reservationId(), difference);
        }
        if (existing.state() == HoldState.RELEASED) {
            throw Errors.holdReleased(existing.reservationId());
        }
        return new HoldResult(existing.asSeenAt(now), true);
    }

    /** HELD (even past its deadline, its rooms are still counted) becomes CONFIRMED; EXPIRED re-takes its rooms. */
    @Transactional
    public Hold confirm(UUID id) {
        Hold hold = holds.lock(id).orElseThrow(() -> Errors.holdNotFound(id));
        Instant now = now();
        switch (hold.state()) {
            case CONFIRMED:
                return hold;
            case RELEASED:
                throw Errors.holdReleased(id);
            case EXPIRED:
                refuseIfStarted(hold, now);
                ledger.take(hold.stay(), now, dates -> Errors.expiredRoomsUnavailable(id, dates));
                return holds.setState(hold, HoldState.CONFIRMED, null, now);
            default:
                return holds.setState(hold, HoldState.CONFIRMED, null, now);
        }
    }

    /** An expired hold whose first nights are past (the hotel's today) cannot take them again. */
    private void refuseIfStarted(Hold hold, Instant now) {
        Stay stay = hold.stay();
        LocalDate today = roomTypes.byId(stay.hotelId(), stay.roomTypeId())
                .map(rt -> Horizon.today(now, rt.timeZone()))
                .orElseThrow(() -> Errors.roomTypeNotFound(stay.hotelId(), stay.roomTypeId()));
        if (stay.startDate().isBefore(today)) {
            List<LocalDate> past = stay.startDate().datesUntil(stay.endDate().isBefore(today) ? stay.endDate() : today).toList();
            throw Errors.expiredRoomsUnavailable(hold.reservationId(), past);
        }
    }

    /** Gives the rooms back; an unknown id is remembered as released so a late HoldRooms cannot take rooms. */
    @Transactional
    public Optional<Hold> release(UUID id) {
        Instant now = now();
        Optional<Hold> found = holds.lock(id);
        if (found.isEmpty()) {
            if (holds.insertReleasedTombstone(id, now)) {
                return Optional.empty();
            }
            found = holds.lock(id);
        }
        Hold hold = found.orElseThrow();
        if (hold.neverHeld()) {
            return Optional.empty();
        }
        if (hold.state().countsRooms()) {
            ledger.giveBack(hold.stay(), now);
        }
        return Optional.of(hold.state() == HoldState.RELEASED ? hold : holds.setState(hold, HoldState.RELEASED, null, now));
    }

    /** PostgreSQL keeps microseconds: what we return is what a later read returns. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
