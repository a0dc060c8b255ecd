package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new overbooking percent, 0..100. */
@Schema(description = "The new overbooking percent, 0..100.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OverbookingPolicyInput(
        Integer overbookingPercent) {
}
