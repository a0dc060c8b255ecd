package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of reservations. */
@Schema(description = "One page of reservations.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationList(
        List<Reservation> reservations,
        String nextPageToken) {
}
