package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The staff inventory calendar of a hotel. */
@Schema(description = "The staff inventory calendar of a hotel.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InventoryCalendar(
        Long hotelID,
        LocalDate startDate,
        LocalDate endDate,
        List<RoomTypeInventory> roomTypes) {
}
