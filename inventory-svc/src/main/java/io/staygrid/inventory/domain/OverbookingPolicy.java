package io.staygrid.inventory.domain;

import java.time.Instant;

/** How many percent over total_inventory a hotel sells; {@code updateTime} is null for the default. */
public record OverbookingPolicy(long hotelId, int percent, boolean isDefault, Instant updateTime) {

    public static OverbookingPolicy defaultFor(long hotelId) {
        return new OverbookingPolicy(hotelId, SellLimit.DEFAULT_PERCENT, true, null);
    }
}
