package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A maintenance window taking one room out of service for [startDate, endDate). */
@Schema(description = "A maintenance window taking one room out of service for [startDate, endDate).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomOutage(
        Long outageID,
        Long hotelID,
        Long roomID,
        LocalDate startDate,
        LocalDate endDate,
        String reason,
        Instant createTime) {
}
