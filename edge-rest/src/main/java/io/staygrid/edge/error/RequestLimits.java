package io.staygrid.edge.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.staygrid.edge.config.EdgeConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Map.Entry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request limits, answered as problems before anything else runs: a URI longer than
 * {@code staygrid.edge.limits.max-uri-length} is 414 (URI_TOO_LONG), header lines larger together than
 * {@code staygrid.edge.limits.max-header-size} are 431 (HEADERS_TOO_LARGE), a body larger than
 * {@code quarkus.http.limits.max-body-size} is 413 (BODY_TOO_LARGE: up front when Content-Length says so, and for a
 * chunked body when the HTTP layer fails the request with 413).
 * <p>
 * The HTTP layer's own line and header limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set well above these, because what it refuses never reaches a handler and is answered
 * without a body (Quarkus offers no hook for it: quarkusio/quarkus#55082). Only a request past those larger limits
 * still gets the bare status.
 */
@ApplicationScoped
public class RequestLimits {

    private final long maxBodyBytes;
    private final int maxUriLength;
    private final long maxHeaderBytes;
    private final ObjectMapper mapper;

    RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, EdgeConfig config,
                  ObjectMapper mapper) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxUriLength = config.limits().maxUriLength();
        this.maxHeaderBytes = config.limits().maxHeaderSize().asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::onFailure);
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            // No instance (null is left out): the path is what is too long to repeat; the trace id is kept.
            answer(context, Problem.of(414, "URI_TOO_LONG", "the request URI is longer than " + maxUriLength
                    + " characters", Problem.EDGE_DOMAIN, Map.of("max_length", Integer.toString(maxUriLength))).at(null));
            return;
        }
        if (headerBytes(context.request().headers()) > maxHeaderBytes) {
            answer(context, Problem.of(431, "HEADERS_TOO_LARGE", "the request headers are larger than " + maxHeaderBytes
                    + " bytes together", Problem.EDGE_DOMAIN, Map.of("max_bytes", Long.toString(maxHeaderBytes)))
                    .at(context.request().path()));
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBodyBytes) {
            tooLarge(context);
            return;
        }
        context.next();
    }

    /** The size of the header lines as sent: "name: value" and the line break of each. */
    private static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private void onFailure(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            tooLarge(context);
            return;
        }
        context.next();
    }

    private void tooLarge(RoutingContext context) {
        answer(context, Problem.of(413, "BODY_TOO_LARGE", "the request body is larger than " + maxBodyBytes + " bytes",
                Problem.EDGE_DOMAIN, Map.of("max_bytes", Long.toString(maxBodyBytes))).at(context.request().path()));
    }

    /** Answers and closes the connection: the rest of the request is not read. */
    private void answer(RoutingContext context, Problem problem) {
        try {
            context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(problem.status()).end();
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
