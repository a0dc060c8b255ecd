package io.staygrid.pricing.domain;

import io.staygrid.support.money.Amount;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The base rate a night is priced from, and the override that supplied it (empty for the default). */
public record BaseRateOfDate(Amount rate, Optional<UUID> overrideId) {

    /**
     * Precedence among the overrides covering a night: the room type's own beats hotel-wide, then
     * fewer covered nights, then the latest create time, then the greatest id (as a string).
     */
    static final Comparator<RateOverride> PRECEDENCE = Comparator
            .comparing((RateOverride o) -> !o.isHotelWide())
            .thenComparing(o -> -o.coveredNights())
            .thenComparing(RateOverride::createTime)
            .thenComparing(o -> o.id().toString());

    /** The winning override covering the date for the room type, else the room type's default rate. */
    public static BaseRateOfDate resolve(LocalDate date, long roomTypeId, Amount defaultRate,
                                         List<RateOverride> overrides) {
        return overrides.stream()
                .filter(o -> o.covers(date, roomTypeId))
                .max(PRECEDENCE)
                .map(o -> new BaseRateOfDate(o.nightlyRate(), Optional.of(o.id())))
                .orElseGet(() -> new BaseRateOfDate(defaultRate, Optional.empty()));
    }
}
