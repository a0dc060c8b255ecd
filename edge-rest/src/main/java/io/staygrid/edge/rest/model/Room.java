package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A physical room of a hotel. */
@Schema(description = "A physical room of a hotel.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Room(
        Long roomID,
        Long hotelID,
        String number,
        Integer floor,
        Long roomTypeID,
        RoomStatus status,
        Instant createTime,
        Instant updateTime) {
}
