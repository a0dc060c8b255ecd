package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Availability and prices of one room type over the stay. */
@Schema(description = "Availability and prices of one room type over the stay.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomTypeAvailability(
        Long roomTypeID,
        Integer availableRooms,
        Boolean bookable,
        List<AvailableNight> nights) {
}
