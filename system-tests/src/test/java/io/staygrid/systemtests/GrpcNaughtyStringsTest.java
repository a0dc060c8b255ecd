package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.staygrid.hotel.v1.HotelServiceGrpc;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.localrunner.ServiceSpec;
import io.staygrid.pricing.v1.PricingServiceGrpc;
import io.staygrid.reservation.v1.ReservationServiceGrpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Naughty strings into every string field of every unary RPC of the four back ends, straight over gRPC on the real
 * mesh: each request sets one string field (nested ones too, and repeated ones) and nothing else, and no answer may
 * be a server error (INTERNAL, UNKNOWN, DATA_LOSS), a timeout or UNAVAILABLE. The strings: those of the Big List of
 * Naughty Strings (test resources {@code blns/}, MIT) with control characters, byte-order marks, invisible or
 * right-to-left marks, non-BMP characters or SQL/format/path syntax, plus NUL inside text, a string that is only a
 * NUL, and one far over every documented length. (Lone surrogates cannot be sent from Java: protobuf encodes them as
 * '?'.) Stored strings reading back as sent is shown through the edge by {@code NaughtyStringsTest}.
 */
@ExtendWith(MeshExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrpcNaughtyStringsTest {

    private static final Map<ServiceSpec, ServiceDescriptor> SERVICES = Map.of(
            ServiceSpec.HOTEL, HotelServiceGrpc.getServiceDescriptor(),
            ServiceSpec.INVENTORY, InventoryServiceGrpc.getServiceDescriptor(),
            ServiceSpec.PRICING, PricingServiceGrpc.getServiceDescriptor(),
            ServiceSpec.RESERVATION, ReservationServiceGrpc.getServiceDescriptor());
    /** Answers that mean the server broke, not that the request was refused. */
    private static final Set<Status.Code> SERVER_ERRORS = Set.of(Status.Code.INTERNAL, Status.Code.UNKNOWN,
            Status.Code.DATA_LOSS, Status.Code.DEADLINE_EXCEEDED, Status.Code.UNAVAILABLE);
    private static final int MAX_DEPTH = 3;

    private List<String> naughty;

    @BeforeAll
    void strings() {
        List<String> blns = Blns.strings();
        naughty = new ArrayList<>(Stream.of("\u0000", "a\u0000b", "\uFEFFname", "name\u0007", "\r\nX-Injected: 1",
                "x".repeat(70_000), "\u202Egnp.exe", "\uD83D\uDE00", "%s%n%x", "' OR '1'='1' --", "../../../etc/passwd",
                "\u00A0", "").toList());
        blns.stream().filter(GrpcNaughtyStringsTest::naughtiest).limit(40).forEach(naughty::add);
        assertThat(naughty).hasSizeGreaterThan(40);
    }

    private static boolean naughtiest(String s) {
        return s.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xFEFF || c == 0x200B || c == 0x202E
                || c > 0xFFFF) || s.contains("'") || s.contains("%") || s.contains("..") || s.contains("<script");
    }

    @Test
    void everyStringFieldOfEveryRpcTakesNaughtyStringsWithoutAServerError(RunningMesh mesh) throws Exception {
        Map<String, String> failures = new LinkedHashMap<>();
        int calls = 0;
        int fields = 0;
        for (Map.Entry<ServiceSpec, ServiceDescriptor> service : SERVICES.entrySet()) {
            int port = mesh.services().stream().filter(p -> p.spec().module().equals(service.getKey().module()))
                    .findFirst().orElseThrow().spec().port();
            ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext()
                    .maxInboundMessageSize(4 * 1024 * 1024).build();
            try {
                for (MethodDescriptor<?, ?> method : service.getValue().getMethods()) {
                    if (method.getType() != MethodDescriptor.MethodType.UNARY) {
                        continue;
                    }
                    Message prototype = (Message) ((MethodDescriptor.PrototypeMarshaller<?>) method.getRequestMarshaller())
                            .getMessagePrototype();
                    for (List<FieldDescriptor> path : stringFields(prototype.getDescriptorForType(), List.of(), 0)) {
                        fields++;
                        for (String s : naughty) {
                            calls++;
                            Message request = withString(prototype.newBuilderForType(), path, 0, s).build();
                            Status.Code code = call(channel, method, request);
                            if (SERVER_ERRORS.contains(code)) {
                                failures.putIfAbsent(method.getFullMethodName() + " " + name(path),
                                        code + " for " + Blns.shown(s));
                            }
                        }
                    }
                }
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
        System.out.printf("GrpcNaughtyStringsTest: %d string fields, %d calls%n", fields, calls);
        assertThat(fields).as("string fields found").isGreaterThan(50);
        assertThat(failures).as("RPC field -> first server error").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static <Q> Status.Code call(ManagedChannel channel, MethodDescriptor<Q, ?> method, Message request) {
        try {
            ClientCalls.blockingUnaryCall(channel, method, CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
                    (Q) request);
            return Status.Code.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode();
        }
    }

    /** Paths to every string field (singular or repeated) of {@code type}, through message fields up to a depth. */
    private static List<List<FieldDescriptor>> stringFields(com.google.protobuf.Descriptors.Descriptor type,
            List<FieldDescriptor> prefix, int depth) {
        List<List<FieldDescriptor>> paths = new ArrayList<>();
        for (FieldDescriptor field : type.getFields()) {
            List<FieldDescriptor> path = new ArrayList<>(prefix);
            path.add(field);
            if (field.getJavaType() == FieldDescriptor.JavaType.STRING) {
                paths.add(path);
            } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isMapField()
                    && depth < MAX_DEPTH) {
                paths.addAll(stringFields(field.getMessageType(), path, depth + 1));
            }
        }
        return paths;
    }

    private static Message.Builder withString(Message.Builder builder, List<FieldDescriptor> path, int at, String s) {
        FieldDescriptor field = path.get(at);
        if (at == path.size() - 1) {
            return field.isRepeated() ? builder.addRepeatedField(field, s) : builder.setField(field, s);
        }
        Message.Builder child = builder.newBuilderForField(field);
        withString(child, path, at + 1, s);
        return field.isRepeated() ? builder.addRepeatedField(field, child.build()) : builder.setField(field, child.build());
    }

    private static String name(List<FieldDescriptor> path) {
        return String.join(".", path.stream().map(FieldDescriptor::getName).toList());
    }

}
