package io.staygrid.support.observability;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;

/**
 * The tag value naming how a gRPC call ended: {@code OK}, or the {@code google.rpc.ErrorInfo} reason of a refusal
 * (a fixed set per service, e.g. ROOMS_UNAVAILABLE), or the status code name when there is none.
 */
public final class GrpcOutcome {

    private GrpcOutcome() {
    }

    public static String of(Status status, Metadata trailers) {
        if (status.isOk()) {
            return "OK";
        }
        com.google.rpc.Status details = trailers == null ? null : StatusProto.fromStatusAndTrailers(status, trailers);
        if (details != null) {
            for (Any detail : details.getDetailsList()) {
                if (detail.is(ErrorInfo.class)) {
                    try {
                        return detail.unpack(ErrorInfo.class).getReason();
                    } catch (InvalidProtocolBufferException e) {
                        break;
                    }
                }
            }
        }
        return status.getCode().name();
    }
}
