package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A night where more rooms are reserved than may be sold. */
@Schema(description = "A night where more rooms are reserved than may be sold.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OverbookedNight(
        Long roomTypeID,
        LocalDate date,
        Integer totalInventory,
        Integer totalReserved,
        Integer sellLimit,
        Integer overbookedRooms) {
}
