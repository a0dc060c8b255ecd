package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exact amount of money: a decimal string in major units and an ISO-4217 currency; never a float. */
@Schema(description = "An exact amount of money: a decimal string in major units and an ISO-4217 currency; never a float.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Money(
        @Schema(example = "129.50", pattern = "^-?[0-9]+(\\.[0-9]+)?$") String amount,
        @Schema(example = "EUR") String currency) {
}
