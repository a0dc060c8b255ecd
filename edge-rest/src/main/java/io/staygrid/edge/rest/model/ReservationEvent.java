package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a reservation's audit trail. */
@Schema(description = "One entry of a reservation's audit trail.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationEvent(
        Long sequence,
        ReservationStatus fromStatus,
        ReservationStatus toStatus,
        Instant eventTime,
        Actor actor,
        String reason) {
}
