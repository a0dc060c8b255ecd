package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A booking made by staff on behalf of a guest; the hotel is the one in the path. */
@Schema(description = "A booking made by staff on behalf of a guest; the hotel is the one in the path.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaffReservationInput(
        String guestID,
        String reservationID,
        Long roomTypeID,
        LocalDate startDate,
        LocalDate endDate,
        Integer rooms,
        Integer guests,
        String quoteID,
        String paymentToken) {
}
