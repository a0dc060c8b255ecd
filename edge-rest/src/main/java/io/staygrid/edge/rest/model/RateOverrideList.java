package io.staygrid.edge.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of rate overrides. */
@Schema(description = "One page of rate overrides.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateOverrideList(
        List<RateOverride> rateOverrides,
        String nextPageToken) {
}
