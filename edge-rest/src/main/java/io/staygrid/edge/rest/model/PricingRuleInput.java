package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new tiers; an empty list restores the defaults. */
@Schema(description = "The new tiers; an empty list restores the defaults.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PricingRuleInput(
        List<OccupancyTier> tiers) {
}
