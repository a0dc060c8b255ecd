package io.staygrid.edge.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Map;
import io.staygrid.edge.observability.CorrelationId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}).
 * {@code reason} is the stable machine-readable cause (the backend's ErrorInfo reason when the
 * error comes from a service); {@code domain} and {@code metadata} are the ErrorInfo's; {@code traceId} finds the
 * request in the logs and traces of every service it reached.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail with a stable machine-readable reason.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "URI naming the kind of problem, derived from reason.",
                example = "https://staygrid.io/problems/hotel-not-found") String type,
        @Schema(description = "Short summary: the HTTP status phrase.", example = "Not Found") String title,
        @Schema(description = "HTTP status code.", example = "404") int status,
        @Schema(description = "Human-readable explanation of this occurrence.") String detail,
        @Schema(description = "Stable UPPER_SNAKE reason for machines, e.g. HOTEL_NOT_FOUND, ROOMS_UNAVAILABLE, RATE_LIMITED.",
                example = "HOTEL_NOT_FOUND") String reason,
        @Schema(description = "Error domain of the service that refused, e.g. hotel.staygrid.io or edge.staygrid.io.")
        String domain,
        @Schema(description = "Machine-readable details of the reason (ErrorInfo metadata), e.g. field, hotel_id.")
        Map<String, String> metadata,
        @Schema(description = "The request path.") String instance,
        @Schema(description = "Correlation id of the request: its OpenTelemetry trace id when tracing is on, else an id"
                + " made up by the edge in the same format (32 hex digits). Every log line of the request carries it"
                + " (MDC key traceId); quote it when reporting an error.",
                example = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String EDGE_DOMAIN = "edge.staygrid.io";

    public static Problem of(int status, String reason, String detail, String domain, Map<String, String> metadata) {
        return new Problem(typeOf(reason), HttpTitles.of(status), status, detail, reason, domain, metadata, null, null);
    }

    /** This problem as answered to a request for {@code path}, with the request's correlation id. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, reason, domain, metadata, path, CorrelationId.current());
    }

    private static String typeOf(String reason) {
        return "https://staygrid.io/problems/" + reason.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
