package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Current nightly prices of a hotel's room types. */
@Schema(description = "Current nightly prices of a hotel's room types.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateCalendar(
        Long hotelID,
        LocalDate startDate,
        LocalDate endDate,
        List<RoomTypeRates> roomTypes) {
}
