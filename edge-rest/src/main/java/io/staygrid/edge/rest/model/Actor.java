package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who acted: GUEST, STAFF or SYSTEM, and their id. */
@Schema(description = "Who acted: GUEST, STAFF or SYSTEM, and their id.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Actor(
        String kind,
        String actorID) {
}
