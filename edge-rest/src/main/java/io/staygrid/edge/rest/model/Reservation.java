package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reservation of rooms of one room type for the stay [startDate, endDate). */
@Schema(description = "A reservation of rooms of one room type for the stay [startDate, endDate).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reservation(
        String reservationID,
        String guestID,
        Long hotelID,
        Long roomTypeID,
        LocalDate startDate,
        LocalDate endDate,
        Integer rooms,
        Integer guests,
        ReservationStatus status,
        Money amount,
        Money refundedAmount,
        String quoteID,
        String rejectionReason,
        Boolean needsAttention,
        String attentionReason,
        Actor bookedBy,
        List<NightPrice> nights,
        CancellationPolicy cancellationPolicy,
        Instant createTime,
        Instant updateTime) {
}
