package io.staygrid.edge.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.staygrid.edge.error.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rate limits every API request per client: the verified token's subject when there is one, else
 * the client IP. remoteAddress() already honours X-Forwarded-For, but only from the proxies listed in
 * quarkus.http.proxy.trusted-proxies; from any other peer the header is ignored. Over the
 * limit: 429 problem+json (reason RATE_LIMITED) with Retry-After in seconds.
 */
public class RateLimitFilter {

    /** Counter of refused requests; tag {@code client} = subject (signed in) or ip. */
    public static final String REFUSALS = "staygrid.edge.rate_limit.refusals";

    private final ClientRateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final MeterRegistry registry;

    RateLimitFilter(ClientRateLimiter limiter, CurrentIdentityAssociation identities, MeterRegistry registry) {
        this.limiter = limiter;
        this.identities = identities;
        this.registry = registry;
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
        Counter.builder(REFUSALS).description("Requests refused RATE_LIMITED, by how the client was keyed")
                .tag("client", key.startsWith("sub:") ? "subject" : "ip").register(registry).increment();
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        Problem problem = Problem.of(429, "RATE_LIMITED",
                "too many requests from this client; retry after " + seconds + " s", Problem.EDGE_DOMAIN,
                Map.of("retry_after_seconds", Long.toString(seconds))).at(context.getUriInfo().getPath());
        return Response.status(429).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }

    private static String clientKey(SecurityIdentity identity, HttpServerRequest request) {
        // Keyed like authorization: by the token's subject, not the principal name (upn/preferred_username).
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                && token.getSubject() != null && !token.getSubject().isBlank()) {
            return "sub:" + token.getSubject();
        }
        return "ip:" + (request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress());
    }
}
