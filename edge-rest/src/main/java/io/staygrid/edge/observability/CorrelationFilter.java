package io.staygrid.edge.observability;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every request its correlation id before anything else runs, so every log line of the request carries it
 * (MDC {@code traceId}), and answers it in the {@code X-Trace-Id} response header.
 */
@ApplicationScoped
public class CorrelationFilter {

    public static final String HEADER = "X-Trace-Id";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        context.response().putHeader(HEADER, CorrelationId.begin());
        context.next();
    }
}
