package io.staygrid.support.error;

/** The canonical outcome classes a domain error maps to; each corresponds to one gRPC status code. */
public enum ErrorKind {
    /** The request itself is wrong and would be wrong in any state of the system. */
    INVALID_ARGUMENT,
    /** A named resource does not exist (or the caller may not know that it does). */
    NOT_FOUND,
    /** The resource or key already exists with different content. */
    ALREADY_EXISTS,
    /** The request is valid but the system's current state refuses it. */
    FAILED_PRECONDITION,
    /** A concurrent change got in the way; retrying the whole operation may succeed. */
    ABORTED,
    /** The caller is known but not allowed to do this. */
    PERMISSION_DENIED,
    /** A dependency could not be reached; retrying later may succeed. */
    UNAVAILABLE,
    /** A dependency did not answer in time; the outcome is unknown. */
    DEADLINE_EXCEEDED
}
