package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of overbooked nights. */
@Schema(description = "One page of overbooked nights.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OverbookedNightList(
        List<OverbookedNight> nights,
        String nextPageToken) {
}
