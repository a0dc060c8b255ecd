package io.staygrid.pricing.service;

import io.staygrid.pricing.domain.DateRange;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import java.time.LocalDate;
import java.util.Map;

/** The contract's "not before today in the hotel's time zone", with today as inventory-svc reports it. */
final class HotelToday {

    private HotelToday() {
    }

    /** INVALID_STAY (START_IN_PAST, field start_date) when the range starts before the hotel's today. */
    static void requireNotPast(DateRange range, LocalDate hotelToday) {
        if (range.start().isBefore(hotelToday)) {
            throw new DomainException(ErrorKind.INVALID_ARGUMENT, "INVALID_STAY",
                    "start_date " + range.start() + " is in the past: it is " + hotelToday + " at the hotel",
                    Map.of("field", "start_date", "rule", "START_IN_PAST"));
        }
    }
}
