package io.staygrid.pricing.domain;

import io.staygrid.support.money.Amount;
import java.time.DayOfWeek;
import java.util.Set;
import java.util.stream.Collectors;

/** A rate override a caller asks to create, validated field by field but not yet stored. */
public record OverrideDraft(long hotelId, long roomTypeId, String name, DateRange dates, Set<DayOfWeek> daysOfWeek,
                            Amount nightlyRate) {

    public OverrideDraft {
        daysOfWeek = Set.copyOf(daysOfWeek);
    }

    /** A canonical form of the body, to tell a retry (same body) from a reused request id. */
    public String fingerprint() {
        return hotelId + "|" + roomTypeId + "|" + name + "|" + dates.start() + "|" + dates.end() + "|"
                + daysOfWeek.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")) + "|"
                + nightlyRate.currency().getCurrencyCode() + "|" + nightlyRate.minorUnits();
    }
}
