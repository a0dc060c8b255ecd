package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kind of room a hotel sells; guests book a room type, never a room. */
@Schema(description = "A kind of room a hotel sells; guests book a room type, never a room.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomType(
        Long roomTypeID,
        Long hotelID,
        String name,
        String description,
        Integer maxOccupancy,
        List<BedGroup> bedConfiguration,
        List<String> amenities,
        Instant createTime,
        Instant updateTime) {
}
