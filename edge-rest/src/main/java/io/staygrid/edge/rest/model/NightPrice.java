package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The price of one room for one night. */
@Schema(description = "The price of one room for one night.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NightPrice(
        LocalDate date,
        Money price) {
}
