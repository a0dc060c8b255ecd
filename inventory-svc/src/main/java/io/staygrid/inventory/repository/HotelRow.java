package io.staygrid.inventory.repository;

import io.staygrid.inventory.domain.OverbookingPolicy;
import io.staygrid.inventory.domain.SellLimit;
import java.time.Instant;
import java.util.UUID;

/**
 * A hotel as inventory knows it: its time zone (null until a capacity was set), its overbooking policy, and the
 * policy change in flight, if any (pending percent, the token of the run that owns it, and until when).
 */
public record HotelRow(long hotelId, String timeZone, Integer overbookingPercent, Instant policyUpdateTime,
                       Integer pendingPercent, UUID pendingToken, Instant pendingUntil) {

    public int percent() {
        return overbookingPercent == null ? SellLimit.DEFAULT_PERCENT : overbookingPercent;
    }

    public OverbookingPolicy policy() {
        return overbookingPercent == null
                ? OverbookingPolicy.defaultFor(hotelId)
                : new OverbookingPolicy(hotelId, overbookingPercent, false, policyUpdateTime);
    }

    /** A policy change is in flight and its owner's lease ran out: the repair must finish it. */
    public boolean pendingAbandoned(Instant now) {
        return pendingToken != null && !pendingUntil.isAfter(now);
    }
}
