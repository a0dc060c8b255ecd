package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of hotels. */
@Schema(description = "One page of hotels.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HotelList(
        List<Hotel> hotels,
        String nextPageToken) {
}
