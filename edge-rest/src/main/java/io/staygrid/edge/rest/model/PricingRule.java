package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hotel's occupancy pricing rule. */
@Schema(description = "A hotel's occupancy pricing rule.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PricingRule(
        Long hotelID,
        List<OccupancyTier> tiers,
        @JsonProperty("isDefault") Boolean isDefault,
        Instant updateTime) {
}
