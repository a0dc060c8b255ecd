package io.staygrid.reservation.service.fakes;

import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.service.OutcomeUnknownException;
import io.staygrid.reservation.service.RoomHolds;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Inventory holds in memory: idempotent by id, releases remembered, with switches for the unhappy paths. */
public class FakeHolds implements RoomHolds {

    public enum State { HELD, CONFIRMED, RELEASED }

    public final Map<String, State> holds = new HashMap<>();
    public final Map<String, Instant> expiry = new HashMap<>();
    public int roomsLeft = 100;
    public int takes;
    public int releases;
    public boolean down;
    public boolean roomsLostOnConfirm;
    public Duration grantedHold;

    @Override
    public HoldResult hold(String id, Stay stay, Duration holdFor) {
        failIfDown();
        if (holds.get(id) == State.RELEASED) {
            return new Refused(RejectionReason.ROOMS_UNAVAILABLE, "HOLD_RELEASED");
        }
        if (!holds.containsKey(id)) {
            if (roomsLeft < stay.rooms()) {
                return new Refused(RejectionReason.ROOMS_UNAVAILABLE, "sold out");
            }
            roomsLeft -= stay.rooms();
            takes++;
            holds.put(id, State.HELD);
            expiry.put(id, Instant.now().plus(grantedHold == null ? holdFor : grantedHold));
        }
        return new Held(false, expiry.get(id));
    }

    @Override
    public ConfirmResult confirm(String id) {
        failIfDown();
        if (holds.get(id) == State.RELEASED) {
            return ConfirmResult.RELEASED;
        }
        if (roomsLostOnConfirm) {
            return ConfirmResult.ROOMS_LOST;
        }
        holds.put(id, State.CONFIRMED);
        return ConfirmResult.CONFIRMED;
    }

    @Override
    public void release(String id) {
        failIfDown();
        releases++;
        State before = holds.put(id, State.RELEASED);
        if (before == State.HELD || before == State.CONFIRMED) {
            roomsLeft += 1;
        }
    }

    private void failIfDown() {
        if (down) {
            throw new OutcomeUnknownException("inventory down");
        }
    }
}
