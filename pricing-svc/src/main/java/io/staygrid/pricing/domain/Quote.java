package io.staygrid.pricing.domain;

import io.staygrid.support.money.Amount;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A persisted, price-locked offer for a stay; its nights and total never change once issued. */
public record Quote(UUID id, long hotelId, long roomTypeId, DateRange stay, int rooms, List<PricedNight> nights,
                    Amount total, Instant createTime, Instant expireTime) {

    public Quote {
        nights = List.copyOf(nights);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expireTime);
    }
}
