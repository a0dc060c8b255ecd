package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a reservation's audit trail. */
@Schema(description = "One page of a reservation's audit trail.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationEventList(
        List<ReservationEvent> events,
        String nextPageToken) {
}
