package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stay to quote; reservationID is optional (bring your own UUID). */
@Schema(description = "A stay to quote; reservationID is optional (bring your own UUID).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteRequest(
        Long hotelID,
        Long roomTypeID,
        LocalDate startDate,
        LocalDate endDate,
        Integer rooms,
        String reservationID) {
}
