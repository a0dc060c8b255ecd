package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.staygrid.testing.OtlpReceiver;
import io.staygrid.testing.OtlpReceiver.ReceivedSpan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Tracing on the real mesh: a mesh of its own (in target/mesh-traced) whose services export every span over OTLP to
 * a receiver this test runs. One booking must be one trace through every service it touched, with JDBC spans, and
 * a problem+json body must name the trace of its request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingTraceTest {

    private static final Duration EXPORTED = Duration.ofSeconds(60);

    private OtlpReceiver receiver;
    private RunningMesh mesh;
    private StayGridApi api;

    @BeforeAll
    void startTracedMesh() {
        receiver = OtlpReceiver.start();
        Path directory = Path.of(System.getProperty("staygrid.mesh.directory", "target/mesh") + "-traced");
        mesh = RunningMesh.start(directory, receiver.tracingEnv());
        api = new StayGridApi(mesh.edgeUrl(), mesh.tokens());
    }

    @AfterAll
    void stop() {
        if (mesh != null) {
            mesh.close();
        }
        receiver.close();
    }

    @Test
    void oneBookingIsOneTraceThroughEdgeReservationPricingAndInventory() {
        TestHotel hotel = TestHotel.create(api, "Nantes", 3, 10, "90.00");
        String guest = api.tokens().guest("guest-" + UUID.randomUUID());
        ApiResponse booked = hotel.quoteAndBook(api, guest, hotel.day(30), hotel.day(32), 1, "tok_approve");
        assertThat(TestHotel.status(booked)).as("%s", booked).isEqualTo("PAID");

        await().atMost(EXPORTED).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            ReceivedSpan root = receiver.spans().stream()
                    .filter(s -> s.service().equals("edge-rest") && s.name().equals("POST /v1/reservations"))
                    .findFirst().orElseThrow(() -> new AssertionError("no edge span of POST /v1/reservations yet"));
            List<ReceivedSpan> trace = spansOf(root.traceId());
            assertThat(trace.stream().map(ReceivedSpan::service).collect(Collectors.toSet()))
                    .contains("edge-rest", "reservation-svc", "pricing-svc", "inventory-svc");
            assertThat(trace).as("JDBC spans of reservation-svc and inventory-svc")
                    .anySatisfy(s -> assertJdbc(s, "reservation-svc"))
                    .anySatisfy(s -> assertJdbc(s, "inventory-svc"));
            Set<String> ids = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
            assertThat(trace).as("every span but the edge's root has its parent in the same trace")
                    .filteredOn(s -> s != root && !s.parentSpanId().isEmpty())
                    .allSatisfy(s -> assertThat(ids).contains(s.parentSpanId()));
        });
    }

    @Test
    void aProblemNamesTheTraceOfItsRequestInEveryServiceItReached() {
        String guest = api.tokens().guest("guest-" + UUID.randomUUID());
        ApiResponse missing = api.reservation(guest, UUID.randomUUID().toString());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isProblem()).isTrue();
        String traceId = missing.text("traceId");
        assertThat(traceId).matches("[0-9a-f]{32}");

        await().atMost(EXPORTED).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(spansOf(traceId).stream().map(ReceivedSpan::service).collect(Collectors.toSet()))
                        .contains("edge-rest", "reservation-svc"));
    }

    private List<ReceivedSpan> spansOf(String traceId) {
        return receiver.spans().stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    private static void assertJdbc(ReceivedSpan span, String service) {
        assertThat(span.service()).isEqualTo(service);
        assertThat(span.attributes().keySet()).anyMatch(key -> key.startsWith("db.system"));
    }
}
