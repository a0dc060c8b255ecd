package io.staygrid.edge.error;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.staygrid.edge.client.DownstreamException;
import io.staygrid.support.error.GrpcErrors;
import java.util.Map;
import java.util.Optional;

/**
 * gRPC status + ErrorInfo of a backend refusal to a problem. FAILED_PRECONDITION is 409 Conflict:
 * the request is well formed but the current state refuses it (sold out, room type still has rooms);
 * the reason tells which state. Transport failures name the backend in the reason.
 */
public final class GrpcProblems {

    private GrpcProblems() {
    }

    public static Problem toProblem(DownstreamException e) {
        Status status = e.status().getStatus();
        Optional<ErrorInfo> info = GrpcErrors.errorInfo(e.status());
        int http = httpStatus(status.getCode());
        if (info.isPresent() && isRefusal(status.getCode())) {
            return Problem.of(http, info.get().getReason(), describe(status, info.get().getReason()),
                    info.get().getDomain(), info.get().getMetadataMap());
        }
        String name = e.backend().displayName();
        return switch (status.getCode()) {
            case DEADLINE_EXCEEDED -> Problem.of(503, e.backend().timeoutReason(),
                    "the " + name + " did not answer in time; the outcome is unknown, retrying the same request is safe",
                    Problem.EDGE_DOMAIN, Map.of("service", name));
            case UNAVAILABLE, CANCELLED -> Problem.of(503, e.backend().unavailableReason(),
                    "the " + name + " is unavailable; retry later", Problem.EDGE_DOMAIN, Map.of("service", name));
            case UNIMPLEMENTED -> Problem.of(501, "NOT_IMPLEMENTED",
                    "the " + name + " does not support this operation yet", Problem.EDGE_DOMAIN, Map.of("service", name));
            case RESOURCE_EXHAUSTED -> Problem.of(429, "RATE_LIMITED", "the " + name + " is overloaded; retry later",
                    Problem.EDGE_DOMAIN, Map.of("service", name));
            default -> http < 500
                    ? Problem.of(http, status.getCode().name(), fixedDetail(status.getCode(), name),
                            Problem.EDGE_DOMAIN, Map.of("service", name))
                    : Problem.of(502, "DOWNSTREAM_ERROR", "the " + name + " failed", Problem.EDGE_DOMAIN,
                            Map.of("service", name));
        };
    }

    /** HTTP status for a gRPC code. */
    public static int httpStatus(Status.Code code) {
        return switch (code) {
            case INVALID_ARGUMENT, OUT_OF_RANGE -> 400;
            case UNAUTHENTICATED -> 401;
            case PERMISSION_DENIED -> 403;
            case NOT_FOUND -> 404;
            case ALREADY_EXISTS, ABORTED, FAILED_PRECONDITION -> 409;
            case RESOURCE_EXHAUSTED -> 429;
            case UNIMPLEMENTED -> 501;
            case UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED -> 503;
            default -> 502;
        };
    }

    /** Codes whose ErrorInfo reason is passed on as is (refusals and backend-reported unavailability). */
    private static boolean isRefusal(Status.Code code) {
        return code != Status.Code.INTERNAL && code != Status.Code.UNKNOWN && code != Status.Code.DATA_LOSS
                && code != Status.Code.CANCELLED && code != Status.Code.DEADLINE_EXCEEDED
                && code != Status.Code.UNIMPLEMENTED;
    }

    /**
     * Detail for a refusal without ErrorInfo: fixed per code, never the backend's status description
     * (which may carry internal text nobody reviewed for the public API).
     */
    static String fixedDetail(Status.Code code, String backend) {
        return switch (code) {
            case INVALID_ARGUMENT, OUT_OF_RANGE -> "the " + backend + " refused the request as invalid";
            case UNAUTHENTICATED -> "the " + backend + " did not accept the caller's credentials";
            case PERMISSION_DENIED -> "the " + backend + " does not allow this operation";
            case NOT_FOUND -> "the " + backend + " did not find the resource";
            case ALREADY_EXISTS -> "the " + backend + " already has this resource";
            case ABORTED -> "the " + backend + " aborted the request because of a conflict; retry it";
            case FAILED_PRECONDITION -> "the " + backend + " refused the request in the resource's current state";
            default -> "the " + backend + " refused the request";
        };
    }

    private static String describe(Status status, String fallback) {
        return status.getDescription() == null ? fallback : status.getDescription();
    }
}
