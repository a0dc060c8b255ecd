package io.staygrid.support.grpc;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.quarkus.grpc.GlobalInterceptor;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.text.TextRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, before any service code runs, a request with a string field (at any depth, repeated and map values
 * included) that breaks {@link TextRules}: INVALID_ARGUMENT (INVALID_FIELD) with the field's path and the rule in
 * the metadata. So no RPC of any service ever stores such text or fails on it deeper down.
 */
@ApplicationScoped
@GlobalInterceptor
public class CleanTextInterceptor implements ServerInterceptor {

    private final String errorDomain;

    public CleanTextInterceptor(@ConfigProperty(name = "staygrid.error-domain") String errorDomain) {
        this.errorDomain = errorDomain;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                      ServerCallHandler<Q, R> next) {
        ServerCall.Listener<Q> delegate = next.startCall(call, headers);
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
            private boolean refused;

            @Override
            public void onMessage(Q message) {
                Optional<DomainException> bad = message instanceof Message m ? check(m, "") : Optional.empty();
                if (bad.isPresent()) {
                    refused = true;
                    var status = GrpcErrors.toStatus(bad.get(), errorDomain);
                    call.close(status.getStatus(), status.getTrailers() == null ? new Metadata() : status.getTrailers());
                    return;
                }
                super.onMessage(message);
            }

            @Override
            public void onHalfClose() {
                if (!refused) {
                    super.onHalfClose();
                }
            }
        };
    }

    /** The first offending string field of {@code message}, as a refusal. */
    static Optional<DomainException> check(Message message, String prefix) {
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            String path = prefix + field.getKey().getName();
            Object value = field.getValue();
            Optional<DomainException> bad = value instanceof List<?> values
                    ? values.stream().map(v -> checkValue(v, path)).flatMap(Optional::stream).findFirst()
                    : checkValue(value, path);
            if (bad.isPresent()) {
                return bad;
            }
        }
        return Optional.empty();
    }

    private static Optional<DomainException> checkValue(Object value, String path) {
        if (value instanceof String text) {
            return TextRules.violation(text).map(rule -> new DomainException(ErrorKind.INVALID_ARGUMENT,
                    "INVALID_FIELD", path + " contains a character that is not accepted (" + rule + ")",
                    Map.of("field", path, "rule", rule)));
        }
        if (value instanceof Message nested) {
            return check(nested, path + ".");
        }
        return Optional.empty();
    }
}
