package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The current price of one room type on one date and what it was computed from. */
@Schema(description = "The current price of one room type on one date and what it was computed from.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateDay(
        LocalDate date,
        Money baseRate,
        Integer occupancyBasisPoints,
        Integer multiplierBasisPoints,
        Money nightlyPrice,
        Integer totalInventory,
        Integer totalReserved,
        String rateOverrideID) {
}
