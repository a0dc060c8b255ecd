package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hotel's cancellation policy. */
@Schema(description = "A hotel's cancellation policy.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CancellationPolicy(
        Long hotelID,
        Integer freeCancellationDays,
        Integer penaltyNights,
        String hotelTimeZone,
        @JsonProperty("isDefault") Boolean isDefault,
        Instant updateTime) {
}
