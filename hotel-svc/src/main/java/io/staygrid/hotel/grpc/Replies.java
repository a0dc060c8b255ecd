package io.staygrid.hotel.grpc;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import io.grpc.stub.StreamObserver;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small helpers for unary replies and stored (replayed) answers. */
final class Replies {

    private Replies() {
    }

    static <T> void unary(StreamObserver<T> observer, Supplier<T> answer) {
        T response = answer.get();
        observer.onNext(response);
        observer.onCompleted();
    }

    static <T extends MessageLite> Function<byte[], T> parser(Parser<T> parser) {
        return bytes -> {
            try {
                return parser.parseFrom(bytes);
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("a stored answer could not be read", e);
            }
        };
    }
}
