package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hotel of the chain. */
@Schema(description = "A hotel of the chain.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Hotel(
        Long hotelID,
        String name,
        List<String> addressLines,
        String city,
        String postalCode,
        String countryCode,
        String timeZone,
        String currencyCode,
        Integer starRating,
        String description,
        Instant createTime,
        Instant updateTime) {
}
