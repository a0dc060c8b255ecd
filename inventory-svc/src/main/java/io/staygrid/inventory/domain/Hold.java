package io.staygrid.inventory.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What one reservation took. {@code stay} is null for a release remembered for an id that never held
 * (a tombstone), which is reported as "not found" but blocks a late HoldRooms.
 */
public record Hold(UUID reservationId, Stay stay, HoldState state, Instant expireTime,
                   Instant createTime, Instant updateTime) {

    public boolean neverHeld() {
        return stay == null;
    }

    /** The state a client sees: a HELD hold past its deadline is EXPIRED even before the sweeper ran. */
    public HoldState visibleState(Instant now) {
        return state == HoldState.HELD && !expireTime.isAfter(now) ? HoldState.EXPIRED : state;
    }

    /** This hold as a client sees it at {@code now}. */
    public Hold asSeenAt(Instant now) {
        HoldState visible = visibleState(now);
        return visible == state ? this : new Hold(reservationId, stay, visible, expireTime, createTime, updateTime);
    }
}
