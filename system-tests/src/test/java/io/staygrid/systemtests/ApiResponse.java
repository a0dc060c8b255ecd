package io.staygrid.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.Optional;

/** One HTTP answer of the edge: status, content type, body as JSON (MissingNode when there is none). */
public record ApiResponse(int status, String contentType, JsonNode body, Optional<String> retryAfter) {

    public static ApiResponse of(int status, String contentType, JsonNode body, Optional<String> retryAfter) {
        return new ApiResponse(status, contentType, body == null ? MissingNode.getInstance() : body, retryAfter);
    }

    public boolean isProblem() {
        return contentType != null && contentType.startsWith("application/problem+json");
    }

    /** The machine-readable {@code reason} of a problem+json body. */
    public String reason() {
        return body.path("reason").asText(null);
    }

    public String text(String field) {
        return body.path(field).asText(null);
    }

    public long id(String field) {
        return body.path(field).asLong();
    }

    /** The amount of the edge's money shape {@code {"amount":"129.50","currency":"EUR"}} (a decimal string, never a float). */
    public static BigDecimal money(JsonNode m) {
        if (!m.path("amount").isTextual()) {
            throw new IllegalArgumentException("not money: " + m);
        }
        return new BigDecimal(m.get("amount").asText());
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + body;
    }
}
