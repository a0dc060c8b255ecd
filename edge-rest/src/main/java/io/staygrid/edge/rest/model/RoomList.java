package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of rooms. */
@Schema(description = "One page of rooms.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomList(
        List<Room> rooms,
        String nextPageToken) {
}
