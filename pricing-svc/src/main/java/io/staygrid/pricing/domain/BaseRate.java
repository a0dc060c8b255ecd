package io.staygrid.pricing.domain;

import io.staygrid.support.money.Amount;
import java.time.Instant;

/** The default nightly rate of a room type, used on every date no override covers. */
public record BaseRate(long hotelId, long roomTypeId, Amount nightlyRate, Instant updateTime) {
}
