package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A nightly rate replacing the base rate on some dates. */
@Schema(description = "A nightly rate replacing the base rate on some dates.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateOverride(
        String rateOverrideID,
        Long hotelID,
        Long roomTypeID,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        List<DayOfWeek> daysOfWeek,
        Money nightlyRate,
        Instant createTime) {
}
