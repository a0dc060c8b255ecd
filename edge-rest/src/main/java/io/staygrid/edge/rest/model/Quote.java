package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The book's reservation order: a reservationID to book with and a price locked until quoteExpireTime. */
@Schema(description = "The book's reservation order: a reservationID to book with and a price locked until quoteExpireTime.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quote(
        String reservationID,
        String quoteID,
        Long hotelID,
        Long roomTypeID,
        LocalDate startDate,
        LocalDate endDate,
        Integer rooms,
        List<NightPrice> nights,
        Money total,
        Instant quoteExpireTime) {
}
