package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A room to create, or all its updatable fields (PUT); PATCH sends only those to change. */
@Schema(description = "A room to create, or all its updatable fields (PUT); PATCH sends only those to change.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomInput(
        String number,
        Integer floor,
        Long roomTypeID,
        RoomStatus status) {
}
