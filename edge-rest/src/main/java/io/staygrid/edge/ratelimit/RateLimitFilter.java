package io.staygrid.edge.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.staygrid.edge.error.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rate limits every API request per client: the verified token's subject when there is one, else
 * the client IP (honouring X-Forwarded-For only if quarkus.http.proxy is configured). Over the
 * limit: 429 problem+json (reason RATE_LIMITED) with Retry-After in seconds.
 */
public class RateLimitFilter {

    private final ClientRateLimiter limiter;
    private final CurrentIdentityAssociation identities;

    RateLimitFilter(ClientRateLimiter limiter, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!limiter.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> decide(clientKey(identity, request), context));
    }

    private Response decide(String key, ContainerRequestContext context) {
        ClientRateLimiter.Decision decision = limiter.tryAcquire(key);
        if (decision.allowed()) {
            return null;
        }
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        Problem problem = Problem.of(429, "RATE_LIMITED",
                "too many requests from this client; retry after " + seconds + " s", Problem.EDGE_DOMAIN,
                Map.of("retry_after_seconds", Long.toString(seconds))).at(context.getUriInfo().getPath());
        return Response.status(429).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }

    private static String clientKey(SecurityIdentity identity, HttpServerRequest request) {
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() != null) {
            return "sub:" + identity.getPrincipal().getName();
        }
        return "ip:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
    }
}
