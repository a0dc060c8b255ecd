package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Availability with prices for a hotel and a stay [startDate, endDate). */
@Schema(description = "Availability with prices for a hotel and a stay [startDate, endDate).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Availability(
        Long hotelID,
        LocalDate startDate,
        LocalDate endDate,
        Integer rooms,
        List<RoomTypeAvailability> roomTypes) {
}
