package io.staygrid.edge.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.MDC;

/**
 * The id that ties a guest's error to the logs and traces of every service the request reached: the current
 * OpenTelemetry trace id when tracing is on, else an id the edge makes up in the same format and keeps in the
 * request's MDC (Quarkus keeps the MDC per request, on whichever thread serves it), so it is never empty.
 */
public final class CorrelationId {

    /** The MDC key, the same OpenTelemetry uses in Quarkus. */
    public static final String MDC_KEY = "traceId";

    private CorrelationId() {
    }

    /** Starts a request: its trace id, or a new id when there is no trace, put in the MDC (never a stale one). */
    public static String begin() {
        SpanContext span = Span.current().getSpanContext();
        String id = span.isValid() ? span.getTraceId() : generate();
        MDC.put(MDC_KEY, id);
        return id;
    }

    /** The request's id (made now if the request has none, which {@link CorrelationFilter} prevents). */
    public static String current() {
        Object known = MDC.get(MDC_KEY);
        return known instanceof String id && !id.isEmpty() ? id : begin();
    }

    /** 16 random bytes as 32 lower-case hex digits, like a W3C trace id. */
    static String generate() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
