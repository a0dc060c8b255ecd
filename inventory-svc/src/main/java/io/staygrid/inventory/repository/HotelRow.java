package io.staygrid.inventory.repository;

import io.staygrid.inventory.domain.OverbookingPolicy;
import io.staygrid.inventory.domain.SellLimit;
import java.time.Instant;

/** A hotel as inventory knows it: its time zone (null until a capacity was set) and its overbooking policy. */
public record HotelRow(long hotelId, String timeZone, Integer overbookingPercent, Instant policyUpdateTime) {

    public int percent() {
        return overbookingPercent == null ? SellLimit.DEFAULT_PERCENT : overbookingPercent;
    }

    public OverbookingPolicy policy() {
        return overbookingPercent == null
                ? OverbookingPolicy.defaultFor(hotelId)
                : new OverbookingPolicy(hotelId, overbookingPercent, false, policyUpdateTime);
    }
}
