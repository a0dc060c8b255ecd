package io.staygrid.edge.error;

import java.util.Map;

/** An error the edge itself detects (bad query parameter, out-of-scope hotel, ...), rendered as problem+json. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String reason;
    private final Map<String, String> metadata;

    public ProblemException(int status, String reason, String detail, Map<String, String> metadata) {
        super(detail, null, false, false);
        this.status = status;
        this.reason = reason;
        this.metadata = metadata;
    }

    /** A 400 naming the offending request field. */
    public static ProblemException invalidField(String reason, String field, String detail) {
        return new ProblemException(400, reason, detail, Map.of("field", field));
    }

    public Problem problem() {
        return Problem.of(status, reason, getMessage(), Problem.EDGE_DOMAIN, metadata);
    }
}
