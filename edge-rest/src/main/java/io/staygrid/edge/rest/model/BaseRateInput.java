package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new default nightly rate of a room type, in the hotel's currency. */
@Schema(description = "The new default nightly rate of a room type, in the hotel's currency.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BaseRateInput(
        Money nightlyRate) {
}
