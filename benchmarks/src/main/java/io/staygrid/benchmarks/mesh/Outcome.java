package io.staygrid.benchmarks.mesh;

import java.util.Optional;

/**
 * How one request ended, as the client saw it: a key that groups answers (HTTP status + problem reason or
 * reservation status, gRPC code + ErrorInfo reason, or the exception), and whether it is a success, a clean
 * refusal the API promises (sold out, conflict, a waiting-room 429/503 with Retry-After), or an error.
 */
record Outcome(String key, Kind kind) {

    enum Kind { OK, REFUSED, ERROR }

    static Outcome ok(String key) {
        return new Outcome(key, Kind.OK);
    }

    static Outcome refused(String key) {
        return new Outcome(key, Kind.REFUSED);
    }

    static Outcome error(String key) {
        return new Outcome(key, Kind.ERROR);
    }

    static Outcome exception(Throwable e) {
        return error("EXC " + e.getClass().getSimpleName());
    }

    /** A problem+json answer: 409 is a refusal, so are 429 and 503 that say when to come back; the rest are errors. */
    static Outcome problem(int status, String reason, Optional<String> retryAfter) {
        boolean waitingRoom = (status == 429 || status == 503) && retryAfter.isPresent();
        String key = status + " " + (reason == null ? "-" : reason) + (retryAfter.isPresent() ? " (Retry-After)" : "");
        return status == 409 || waitingRoom ? refused(key) : error(key);
    }

    /** A reservation answer (HTTP status or "grpc" + its status): PAID is success, REJECTED a refusal, else an error. */
    static Outcome reservation(String prefix, String status, String rejectionReason) {
        return switch (status) {
            case "PAID" -> ok(prefix + " PAID");
            case "REJECTED" -> refused(prefix + " REJECTED " + rejectionReason);
            default -> error(prefix + " " + status);
        };
    }

    /** A 5xx that is not a waiting room's (no Retry-After), or a gRPC code that means the server failed. */
    static boolean isServerError(String key) {
        return key.matches("5\\d\\d .*") && !key.endsWith("(Retry-After)")
                || key.matches("(INTERNAL|UNKNOWN|DATA_LOSS|UNAVAILABLE|DEADLINE_EXCEEDED) .*");
    }
}
