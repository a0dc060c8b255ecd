package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rate override to create; roomTypeID 0 or absent means every room type. */
@Schema(description = "A rate override to create; roomTypeID 0 or absent means every room type.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateOverrideInput(
        Long roomTypeID,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        List<DayOfWeek> daysOfWeek,
        Money nightlyRate) {
}
