package io.staygrid.edge.security;

import io.smallrye.jwt.build.Jwt;
import io.staygrid.edge.config.EdgeConfig;
import io.staygrid.edge.error.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Mints development tokens, signed with {@code smallrye.jwt.sign.key.location}. Answers 404 unless
 * {@code staygrid.edge.dev-tokens.enabled} is true, which only the %dev and %local profiles set.
 */
@Path("/dev/tokens")
@PermitAll
public class DevTokenResource {

    /** What to put in the token. */
    public record DevTokenRequest(String subject, List<String> roles, List<Long> hotels) {
    }

    /** The signed token. */
    public record DevTokenResponse(String token, String tokenType) {
    }

    private final EdgeConfig config;

    DevTokenResource(EdgeConfig config) {
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public DevTokenResponse mint(DevTokenRequest request) {
        if (!config.devTokens().enabled()) {
            throw new ProblemException(404, "NOT_FOUND", "Not Found", Map.of());
        }
        if (request == null || request.subject() == null || request.subject().isBlank()) {
            throw ProblemException.invalidField("INVALID_FIELD", "subject", "subject is required");
        }
        List<String> roles = request.roles() == null || request.roles().isEmpty() ? List.of(Roles.GUEST) : request.roles();
        String token = Jwt.issuer(config.devTokens().issuer())
                .subject(request.subject())
                .upn(request.subject())
                .audience(config.devTokens().audience())
                .groups(Set.copyOf(roles))
                .claim(Roles.HOTELS_CLAIM, request.hotels() == null ? List.of() : request.hotels())
                .expiresIn(config.devTokens().lifetime())
                .sign();
        return new DevTokenResponse(token, "Bearer");
    }
}
