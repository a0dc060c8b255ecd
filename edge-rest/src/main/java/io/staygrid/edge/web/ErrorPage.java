package io.staygrid.edge.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * An error as a page, for browsers on page paths: a short explanation and a way back, never a stack
 * trace or raw JSON. API paths (/v1, /q, /dev) keep their problem+json answers.
 */
public final class ErrorPage {

    private record Text(String heading, String message) {
    }

    private static final Map<Integer, Text> TEXTS = Map.of(
            401, new Text("Please sign in", "Your session has ended or sign-in did not complete. Sign in again to continue."),
            403, new Text("Not allowed", "Your account may not open this page."),
            404, new Text("Page not found", "There is no such page. The link may be mistyped or out of date."),
            405, new Text("Page not found", "There is no such page."),
            429, new Text("Too many requests", "Please wait a few seconds and try again."));
    private static final Text OTHER = new Text("Something went wrong", "We could not show this page. Please try again in a moment.");

    private ErrorPage() {
    }

    /** A browser (accepting HTML) asking for a page path. */
    public static boolean wanted(UriInfo uri, HttpHeaders headers) {
        String path = uri.getPath();
        if (path.startsWith("/v1") || path.startsWith("/q/")) {
            return false;
        }
        return headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType());
    }

    public static Response response(int status, String signIn) {
        Text text = TEXTS.getOrDefault(status, OTHER);
        PageShell shell = new PageShell(text.heading(), "error", "site", signIn);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(SiteTemplates.error(shell, status, text.heading(), text.message()).render())
                .header("Content-Security-Policy", PageHeaders.CONTENT_SECURITY_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** The sign-in mode for error pages rendered outside a page resource. */
    public static String signInMode() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("staygrid.edge.dev-tokens.mint-url", String.class).isPresent() ? "dev-token" : "oidc";
    }
}
