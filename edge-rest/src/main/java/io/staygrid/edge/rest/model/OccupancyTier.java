package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** From an occupancy upwards (basis points, 5000 = 50%), multiply the base rate (10000 = x1.00). */
@Schema(description = "From an occupancy upwards (basis points, 5000 = 50%), multiply the base rate (10000 = x1.00).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OccupancyTier(
        Integer minOccupancyBasisPoints,
        Integer multiplierBasisPoints) {
}
