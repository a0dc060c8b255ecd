package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A maintenance window to create: the room is out of service from startDate to endDate (exclusive). */
@Schema(description = "A maintenance window to create: the room is out of service from startDate to endDate (exclusive).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomOutageInput(
        LocalDate startDate,
        LocalDate endDate,
        String reason) {
}
