package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One night of a room type: rooms still sellable and the current price of one room (absent without a base rate). */
@Schema(description = "One night of a room type: rooms still sellable and the current price of one room (absent without a base rate).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AvailableNight(
        LocalDate date,
        Integer availableRooms,
        Money price) {
}
