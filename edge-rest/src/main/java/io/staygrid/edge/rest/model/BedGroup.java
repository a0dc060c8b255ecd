package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number of identical beds. */
@Schema(description = "A number of identical beds.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BedGroup(
        BedType bedType,
        Integer count) {
}
