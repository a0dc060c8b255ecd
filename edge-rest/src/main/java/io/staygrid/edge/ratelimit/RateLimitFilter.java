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
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rate limits every API request per client: the verified token's subject when there is one, else the client
 * address ({@link ClientAddresses}: the right-most X-Forwarded-For entry that is not a trusted proxy, or the peer).
 * Quotes and bookings also take from tighter buckets of their own. Over a limit: 429 problem+json (reason
 * RATE_LIMITED, metadata {@code limit} = general, quotes or bookings) with Retry-After in seconds. When the shared
 * bucket store (Redis) does not answer, the request goes on unlimited and the failure is counted: the limiter
 * protects the mesh, it must not take it down.
 */
public class RateLimitFilter {

    /** Counter of refused requests; tags {@code client} = subject (signed in) or ip, {@code limit} = the bucket. */
    public static final String REFUSALS = "staygrid.edge.rate_limit.refusals";
    /** Counter of requests let through because the bucket store failed or timed out. */
    public static final String STORE_FAILURES = "staygrid.edge.rate_limit.store_failures";

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    private final ClientRateLimiter limiter;
    private final ClientAddresses addresses;
    private final CurrentIdentityAssociation identities;
    private final MeterRegistry registry;

    RateLimitFilter(ClientRateLimiter limiter, ClientAddresses addresses, CurrentIdentityAssociation identities,
            MeterRegistry registry) {
        this.limiter = limiter;
        this.addresses = addresses;
        this.identities = identities;
        this.registry = registry;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!limiter.enabled()) {
            return Uni.createFrom().nullItem();
        }
        ClientRateLimiter.Route route = route(context.getMethod(), context.getUriInfo().getPath());
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .flatMap(identity -> {
                    String key = clientKey(identity, request);
                    return limiter.tryAcquire(key, route)
                            .map(decision -> respond(decision, key, context))
                            .onFailure().recoverWithItem(failure -> storeFailed(failure));
                });
    }

    /** Quotes (POST /v1/quotes) and bookings (POST …/reservations) have buckets of their own. */
    static ClientRateLimiter.Route route(String method, String path) {
        if (!"POST".equals(method)) {
            return ClientRateLimiter.Route.GENERAL;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (trimmed.equals("/v1/quotes")) {
            return ClientRateLimiter.Route.QUOTES;
        }
        if (trimmed.equals("/v1/reservations") || trimmed.matches("/v1/hotels/[^/]+/reservations")) {
            return ClientRateLimiter.Route.BOOKINGS;
        }
        return ClientRateLimiter.Route.GENERAL;
    }

    private Response storeFailed(Throwable failure) {
        Counter.builder(STORE_FAILURES).description("Requests let through because the rate-limit bucket store failed")
                .register(registry).increment();
        LOG.warnf("rate limit bucket store failed, request let through: %s", failure.toString());
        return null;
    }

    private Response respond(ClientRateLimiter.Decision decision, String key, ContainerRequestContext context) {
        if (decision.allowed()) {
            return null;
        }
        String limit = decision.route().name().toLowerCase(java.util.Locale.ROOT);
        Counter.builder(REFUSALS).description("Requests refused RATE_LIMITED, by how the client was keyed and which limit")
                .tag("client", key.startsWith("sub:") ? "subject" : "ip").tag("limit", limit).register(registry).increment();
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        Problem problem = Problem.of(429, "RATE_LIMITED",
                "too many requests from this client; retry after " + seconds + " s", Problem.EDGE_DOMAIN,
                Map.of("retry_after_seconds", Long.toString(seconds), "limit", limit)).at(context.getUriInfo().getPath());
        return Response.status(429).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }

    private String clientKey(SecurityIdentity identity, HttpServerRequest request) {
        // Keyed like authorization: by the token's subject, not the principal name (upn/preferred_username).
        if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                && token.getSubject() != null && !token.getSubject().isBlank()) {
            return "sub:" + token.getSubject();
        }
        return "ip:" + addresses.of(request);
    }
}
