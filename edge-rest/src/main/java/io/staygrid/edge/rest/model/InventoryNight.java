package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Inventory of one room type on one night (staff calendar). */
@Schema(description = "Inventory of one room type on one night (staff calendar).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InventoryNight(
        LocalDate date,
        Integer totalInventory,
        Integer totalReserved,
        Integer sellLimit,
        Integer availableRooms,
        Integer outOfServiceRooms) {
}
