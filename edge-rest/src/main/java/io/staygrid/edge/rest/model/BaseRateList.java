package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of base rates. */
@Schema(description = "One page of base rates.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BaseRateList(
        List<BaseRate> baseRates,
        String nextPageToken) {
}
