package io.staygrid.edge.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Oversized bodies are refused by the HTTP layer before JAX-RS sees them; this answers them with a
 * 413 problem (reason BODY_TOO_LARGE) instead of an empty response: up front when Content-Length
 * says so, and for a chunked body when the HTTP layer fails the request with 413.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBodyBytes;
    private final ObjectMapper mapper;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper mapper) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkLength).failureHandler(this::onFailure);
    }

    private void checkLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parse(length) > maxBodyBytes) {
            tooLarge(context);
            return;
        }
        context.next();
    }

    private void onFailure(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            tooLarge(context);
            return;
        }
        context.next();
    }

    private void tooLarge(RoutingContext context) {
        Problem problem = Problem.of(413, "BODY_TOO_LARGE", "the request body is larger than " + maxBodyBytes + " bytes",
                Problem.EDGE_DOMAIN, Map.of("max_bytes", Long.toString(maxBodyBytes))).at(context.request().path());
        try {
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(413).end();
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
