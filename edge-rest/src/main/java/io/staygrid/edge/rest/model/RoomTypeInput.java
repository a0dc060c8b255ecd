package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A room type to create, or all its updatable fields (PUT); PATCH sends only those to change. */
@Schema(description = "A room type to create, or all its updatable fields (PUT); PATCH sends only those to change.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomTypeInput(
        String name,
        String description,
        Integer maxOccupancy,
        List<BedGroup> bedConfiguration,
        List<String> amenities) {
}
