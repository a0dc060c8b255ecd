package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The default nightly rate of a room type. */
@Schema(description = "The default nightly rate of a room type.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BaseRate(
        Long hotelID,
        Long roomTypeID,
        Money nightlyRate,
        Instant updateTime) {
}
