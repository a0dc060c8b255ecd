package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Inventory of one room type over the calendar range. */
@Schema(description = "Inventory of one room type over the calendar range.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomTypeInventory(
        Long roomTypeID,
        Integer availableRooms,
        List<InventoryNight> nights) {
}
