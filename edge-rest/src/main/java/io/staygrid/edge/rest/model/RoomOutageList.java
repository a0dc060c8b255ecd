package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of room outages. */
@Schema(description = "One page of room outages.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoomOutageList(
        List<RoomOutage> outages,
        String nextPageToken) {
}
