package io.staygrid.edge.standin;

import io.grpc.stub.StreamObserver;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.GrpcErrors;
import java.util.function.Supplier;

/** Answers a unary call from a supplier; a thrown DomainException becomes a status with ErrorInfo, like a real service. */
final class Answers {

    private Answers() {
    }

    static <T> void answer(StreamObserver<T> observer, String domain, Supplier<T> body) {
        T response;
        try {
            response = body.get();
        } catch (DomainException e) {
            observer.onError(GrpcErrors.toStatus(e, domain));
            return;
        }
        observer.onNext(response);
        observer.onCompleted();
    }
}
