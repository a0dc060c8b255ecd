package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booking by the calling guest; reservationID (from a quote) is the idempotency key. */
@Schema(description = "A booking by the calling guest; reservationID (from a quote) is the idempotency key.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationInput(
        String reservationID,
        Long hotelID,
        Long roomTypeID,
        LocalDate startDate,
        LocalDate endDate,
        Integer rooms,
        Integer guests,
        String quoteID,
        String paymentToken) {
}
