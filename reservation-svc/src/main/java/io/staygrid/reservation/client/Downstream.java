package io.staygrid.reservation.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Set;

/** How the saga reads a downstream failure. */
final class Downstream {

    /**
     * The codes of a deliberate answer: the service looked at the request and said no, so it changed nothing
     * and saying it again gives the same no. Any other code (UNAVAILABLE, DEADLINE_EXCEEDED, INTERNAL, UNKNOWN,
     * RESOURCE_EXHAUSTED, ABORTED, ...) leaves the outcome unknown: a lost connection or an exhausted pool must
     * never read as "sold out".
     */
    private static final Set<Status.Code> REFUSALS = Set.of(Status.Code.INVALID_ARGUMENT, Status.Code.NOT_FOUND,
            Status.Code.ALREADY_EXISTS, Status.Code.FAILED_PRECONDITION, Status.Code.OUT_OF_RANGE);

    private Downstream() {
    }

    static boolean refused(StatusRuntimeException e) {
        return REFUSALS.contains(e.getStatus().getCode());
    }
}
