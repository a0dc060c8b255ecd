package io.staygrid.support.error;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Optional;

/** Converts between {@link DomainException} and gRPC statuses carrying a {@code google.rpc.ErrorInfo}. */
public final class GrpcErrors {

    private GrpcErrors() {
    }

    /** The status a server sends for a domain error: canonical code, message, ErrorInfo in the details. */
    public static StatusRuntimeException toStatus(DomainException e, String domain) {
        ErrorInfo info = ErrorInfo.newBuilder()
                .setDomain(domain)
                .setReason(e.reason())
                .putAllMetadata(e.metadata())
                .build();
        com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
                .setCode(code(e.kind()).value())
                .setMessage(e.getMessage() == null ? e.reason() : e.getMessage())
                .addDetails(Any.pack(info))
                .build();
        return StatusProto.toStatusRuntimeException(status);
    }

    /** The ErrorInfo a server attached to a failed call, if any. */
    public static Optional<ErrorInfo> errorInfo(Throwable t) {
        com.google.rpc.Status status = StatusProto.fromThrowable(t);
        if (status == null) {
            return Optional.empty();
        }
        for (Any detail : status.getDetailsList()) {
            if (detail.is(ErrorInfo.class)) {
                try {
                    return Optional.of(detail.unpack(ErrorInfo.class));
                } catch (InvalidProtocolBufferException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The ErrorInfo reason of a failed call, or the empty string. */
    public static String reason(Throwable t) {
        return errorInfo(t).map(ErrorInfo::getReason).orElse("");
    }

    /** The status code of a failed call; {@code UNKNOWN} for anything that is not a gRPC failure. */
    public static Status.Code code(Throwable t) {
        return Status.fromThrowable(t).getCode();
    }

    /**
     * A downstream call's failure as a domain error, so a service can pass a refusal on (same
     * kind, reason and metadata) without knowing gRPC. Transport failures become UNAVAILABLE
     * or DEADLINE_EXCEEDED with the given reason.
     */
    public static DomainException toDomain(Throwable t, String unavailableReason) {
        Status status = Status.fromThrowable(t);
        Optional<ErrorInfo> info = errorInfo(t);
        ErrorKind kind = kind(status.getCode());
        if (info.isPresent() && kind != null) {
            return new DomainException(kind, info.get().getReason(),
                    status.getDescription() == null ? info.get().getReason() : status.getDescription(),
                    info.get().getMetadataMap());
        }
        if (status.getCode() == Status.Code.DEADLINE_EXCEEDED) {
            return new DomainException(ErrorKind.DEADLINE_EXCEEDED, unavailableReason,
                    "a downstream service did not answer in time");
        }
        return new DomainException(ErrorKind.UNAVAILABLE, unavailableReason,
                "a downstream service could not be reached (" + status.getCode() + ")");
    }

    static Status.Code code(ErrorKind kind) {
        return switch (kind) {
            case INVALID_ARGUMENT -> Status.Code.INVALID_ARGUMENT;
            case NOT_FOUND -> Status.Code.NOT_FOUND;
            case ALREADY_EXISTS -> Status.Code.ALREADY_EXISTS;
            case FAILED_PRECONDITION -> Status.Code.FAILED_PRECONDITION;
            case ABORTED -> Status.Code.ABORTED;
            case PERMISSION_DENIED -> Status.Code.PERMISSION_DENIED;
            case UNAVAILABLE -> Status.Code.UNAVAILABLE;
            case DEADLINE_EXCEEDED -> Status.Code.DEADLINE_EXCEEDED;
        };
    }

    private static ErrorKind kind(Status.Code code) {
        return switch (code) {
            case INVALID_ARGUMENT -> ErrorKind.INVALID_ARGUMENT;
            case NOT_FOUND -> ErrorKind.NOT_FOUND;
            case ALREADY_EXISTS -> ErrorKind.ALREADY_EXISTS;
            case FAILED_PRECONDITION -> ErrorKind.FAILED_PRECONDITION;
            case ABORTED -> ErrorKind.ABORTED;
            case PERMISSION_DENIED -> ErrorKind.PERMISSION_DENIED;
            default -> null;
        };
    }
}
