package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new cancellation policy; the time zone is taken from the hotel. */
@Schema(description = "The new cancellation policy; the time zone is taken from the hotel.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CancellationPolicyInput(
        Integer freeCancellationDays,
        Integer penaltyNights) {
}
