package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of room types. */
@Schema(description = "One page of room types.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomTypeList(
        List<RoomType> roomTypes,
        String nextPageToken) {
}
