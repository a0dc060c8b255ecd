package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The updatable fields of a hotel; PUT replaces all of them, PATCH only those present. */
@Schema(description = "The updatable fields of a hotel; PUT replaces all of them, PATCH only those present.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HotelUpdate(
        String name,
        List<String> addressLines,
        String city,
        String postalCode,
        Integer starRating,
        String description) {
}
