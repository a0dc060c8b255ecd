package io.staygrid.hotel.domain;

import java.time.LocalDate;

/** Date rules of a maintenance window, relative to "today" in the hotel's time zone. */
public final class OutageRules {

    /** Days from today to the exclusive end of inventory-svc's horizon. */
    public static final int HORIZON_DAYS = 730;
    private static final int MAX_LENGTH_DAYS = 365;

    private OutageRules() {
    }

    public static void check(LocalDate start, LocalDate end, LocalDate today) {
        if (start.isBefore(today)) {
            throw CatalogErrors.invalid("start_date", "start_date must not be before today (" + today + ") in the hotel's time zone");
        }
        if (!end.isAfter(start)) {
            throw CatalogErrors.invalid("end_date", "end_date must be after start_date");
        }
        if (end.isAfter(start.plusDays(MAX_LENGTH_DAYS))) {
            throw CatalogErrors.invalid("end_date", "an outage lasts at most " + MAX_LENGTH_DAYS + " days");
        }
        if (end.isAfter(today.plusDays(HORIZON_DAYS))) {
            throw CatalogErrors.invalid("end_date", "end_date must be at most " + HORIZON_DAYS + " days after today");
        }
    }
}
