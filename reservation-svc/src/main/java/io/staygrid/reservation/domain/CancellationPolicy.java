package io.staygrid.reservation.domain;

import java.time.Instant;
import java.time.ZoneId;

/** A hotel's cancellation policy (see the proto for the refund rule); defaults 3 days, 1 night, UTC. */
public record CancellationPolicy(long hotelId, int freeCancellationDays, int penaltyNights, ZoneId timeZone,
                                 boolean isDefault, Instant updateTime) {

    public static final int DEFAULT_FREE_DAYS = 3;
    public static final int DEFAULT_PENALTY_NIGHTS = 1;
    /** The zone of a hotel hotel-svc does not know. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("UTC");

    public static CancellationPolicy defaults(long hotelId) {
        return new CancellationPolicy(hotelId, DEFAULT_FREE_DAYS, DEFAULT_PENALTY_NIGHTS, DEFAULT_TIME_ZONE, true, null);
    }
}
