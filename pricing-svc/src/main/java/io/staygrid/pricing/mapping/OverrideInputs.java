package io.staygrid.pricing.mapping;

import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.OverrideDraft;
import io.staygrid.pricing.domain.RateOverride;
import io.staygrid.support.error.DomainException;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** Validates a CreateRateOverride request's override against the rules on RateOverride. */
public final class OverrideInputs {

    static final int MAX_NIGHTS = 1_096;
    private static final String P = "rate_override.";

    private OverrideInputs() {
    }

    public static OverrideDraft draft(io.staygrid.pricing.v1.RateOverride o) {
        long hotelId = Inputs.positiveId(o.getHotelId(), P + "hotel_id");
        if (o.getRoomTypeId() < 0) {
            throw invalid("room_type_id", "must be a positive id or 0 for every room type");
        }
        String name = o.getName().strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > 100) {
            throw invalid("name", "must be 1-100 characters after trimming");
        }
        DateRange dates = Inputs.range(o.getStartDate(), o.getEndDate(), P, MAX_NIGHTS, null);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int number : o.getDaysOfWeekValueList()) {
            DayOfWeek day = ProtoMapper.toDayOfWeek(number);
            if (day == null) {
                throw invalid("days_of_week", "must name weekdays MONDAY-SUNDAY (DAY_OF_WEEK_UNSPECIFIED is not one)");
            }
            days.add(day);
        }
        if (RateOverride.countCoveredNights(dates, days) == 0) {
            throw invalid("days_of_week", "matches no date of the range");
        }
        return new OverrideDraft(hotelId, o.getRoomTypeId(), name, dates, days,
                Inputs.rate(o.getNightlyRate(), P + "nightly_rate"));
    }

    private static DomainException invalid(String field, String message) {
        return DomainException.invalidField(Inputs.INVALID_FIELD, P + field, P + field + " " + message);
    }
}
