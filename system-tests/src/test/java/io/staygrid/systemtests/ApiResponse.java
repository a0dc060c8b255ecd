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

    /** The machine-readable reason of a problem+json body. TODO(edge-rest): align the member name. */
    public String reason() {
        JsonNode reason = body.path("reason");
        return reason.isMissingNode() ? body.path("code").asText(null) : reason.asText();
    }

    public String text(String field) {
        return body.path(field).asText(null);
    }

    public long id(String field) {
        return body.path(field).asLong();
    }

    /** An amount, whichever of the usual JSON shapes the edge uses for money. */
    public static BigDecimal money(JsonNode m) {
        if (m.isNumber() || m.isTextual()) {
            return new BigDecimal(m.asText());
        }
        if (m.has("amount")) {
            return new BigDecimal(m.get("amount").asText());
        }
        if (m.has("units")) {
            return BigDecimal.valueOf(m.path("units").asLong()).add(BigDecimal.valueOf(m.path("nanos").asLong(), 9)).stripTrailingZeros();
        }
        throw new IllegalArgumentException("not money: " + m);
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + body;
    }
}
