package io.staygrid.edge.web;

import io.staygrid.edge.config.EdgeConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * Security headers of every page: scripts, styles and API calls only from this origin (the pages have
 * no inline script or style), no framing, no caching of page shells (they are cheap and may carry a
 * sign-in handoff). Swagger UI, which needs inline scripts, is not a {@link Page} and keeps its own.
 */
@Page
@Provider
public class PageHeaders implements ContainerResponseFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    // Providers are made at static init, before runtime configuration exists: the config is looked up on first use.
    private final Instance<EdgeConfig> config;
    private volatile String contentSecurityPolicy;

    PageHeaders(Instance<EdgeConfig> config) {
        this.config = config;
    }

    private String contentSecurityPolicy() {
        String policy = contentSecurityPolicy;
        if (policy == null) {
            policy = config.get().devTokens().mintUrl().map(PageHeaders::withMinter).orElse(CONTENT_SECURITY_POLICY);
            contentSecurityPolicy = policy;
        }
        return policy;
    }

    /** ./run-local: the sign-in page may also call the development token minter (its origin only). */
    static String withMinter(String mintUrl) {
        URI uri = URI.create(mintUrl);
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return CONTENT_SECURITY_POLICY.replace("connect-src 'self';", "connect-src 'self' " + origin + ";");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", contentSecurityPolicy());
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
