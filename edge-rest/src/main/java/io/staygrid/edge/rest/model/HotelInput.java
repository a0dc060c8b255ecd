package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hotel to create. countryCode, timeZone and currencyCode are fixed once created. */
@Schema(description = "A hotel to create. countryCode, timeZone and currencyCode are fixed once created.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HotelInput(
        String name,
        List<String> addressLines,
        String city,
        String postalCode,
        @Schema(example = "FR") String countryCode,
        @Schema(example = "Europe/Paris") String timeZone,
        @Schema(example = "EUR") String currencyCode,
        Integer starRating,
        String description) {
}
