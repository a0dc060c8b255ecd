package io.staygrid.support.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the service means to give: a kind (which becomes the gRPC status code), a stable
 * UPPER_SNAKE reason (which becomes {@code google.rpc.ErrorInfo.reason}), a message for humans and
 * machine-readable metadata. Services throw it; the gRPC layer turns it into a status with details.
 */
public class DomainException extends RuntimeException {

    private final ErrorKind kind;
    private final String reason;
    private final Map<String, String> metadata;

    public DomainException(ErrorKind kind, String reason, String message, Map<String, String> metadata) {
        super(message);
        this.kind = kind;
        this.reason = reason;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public DomainException(ErrorKind kind, String reason, String message) {
        this(kind, reason, message, Map.of());
    }

    /** A field of the request is invalid: {@code INVALID_ARGUMENT} with {@code metadata.field}. */
    public static DomainException invalidField(String reason, String field, String message) {
        return new DomainException(ErrorKind.INVALID_ARGUMENT, reason, message, Map.of("field", field));
    }

    public static DomainException notFound(String reason, String message) {
        return new DomainException(ErrorKind.NOT_FOUND, reason, message);
    }

    public static DomainException failedPrecondition(String reason, String message) {
        return new DomainException(ErrorKind.FAILED_PRECONDITION, reason, message);
    }

    public static DomainException alreadyExists(String reason, String message) {
        return new DomainException(ErrorKind.ALREADY_EXISTS, reason, message);
    }

    /** A copy of this error with one more metadata entry. */
    public DomainException with(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(metadata);
        more.put(key, value);
        return new DomainException(kind, reason, getMessage(), more);
    }

    public ErrorKind kind() {
        return kind;
    }

    public String reason() {
        return reason;
    }

    public Map<String, String> metadata() {
        return metadata;
    }
}
