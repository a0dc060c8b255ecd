package io.staygrid.edge.openapi;

import io.staygrid.edge.error.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI document's header and the bearer-token security scheme the secured operations name. */
@OpenAPIDefinition(info = @Info(title = "StayGrid public API", version = "v1",
        description = "Hotels, availability with prices, quotes and reservations; staff administration. "
                + "Every error is application/problem+json with a stable machine-readable reason."),
        components = @Components(responses = @APIResponse(name = "Problem", description = "An error",
                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "RS256 JWT. groups: guest, staff or admin; staff tokens list their hotel ids in the hotels claim.")
public class EdgeApplication extends Application {
}
