package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hotel's overbooking policy; overbookedNightCount is only returned by PUT. */
@Schema(description = "A hotel's overbooking policy; overbookedNightCount is only returned by PUT.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OverbookingPolicy(
        Long hotelID,
        Integer overbookingPercent,
        @JsonProperty("isDefault") Boolean isDefault,
        Instant updateTime,
        Integer overbookedNightCount) {
}
