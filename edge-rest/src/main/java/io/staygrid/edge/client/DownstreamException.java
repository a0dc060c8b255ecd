package io.staygrid.edge.client;

import io.grpc.StatusRuntimeException;

/** A failed call to a backend service, remembering which one so the error can name it. */
public class DownstreamException extends RuntimeException {

    private final Backend backend;
    private final StatusRuntimeException status;

    public DownstreamException(Backend backend, StatusRuntimeException status) {
        super(backend.displayName() + " call failed: " + status.getStatus().getCode(), status, false, false);
        this.backend = backend;
        this.status = status;
    }

    public Backend backend() {
        return backend;
    }

    public StatusRuntimeException status() {
        return status;
    }
}
