package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The prices of one room type over the range. */
@Schema(description = "The prices of one room type over the range.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomTypeRates(
        Long roomTypeID,
        List<RateDay> days) {
}
