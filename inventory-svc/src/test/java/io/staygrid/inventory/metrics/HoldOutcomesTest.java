package io.staygrid.inventory.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.v1.ConfirmHoldRequest;
import io.staygrid.inventory.v1.HoldRoomsRequest;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.inventory.v1.ReleaseHoldRequest;
import io.staygrid.inventory.v1.SetRoomTypeCapacityRequest;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Holds are counted by outcome from what the gRPC calls answered, and /q/metrics shows them to Prometheus. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class HoldOutcomesTest {

    @GrpcClient("self")
    InventoryServiceGrpc.InventoryServiceBlockingStub inventory;
    @Inject
    MeterRegistry registry;
    @TestHTTPResource("/q/metrics")
    URI metrics;

    private final LocalDate today = TestInventory.today();

    @Test
    void holdsAreCountedByOperationOutcomeAndReason() {
        long hotel = TestInventory.newId();
        long roomType = TestInventory.newId();
        inventory.setRoomTypeCapacity(SetRoomTypeCapacityRequest.newBuilder().setHotelId(hotel).setRoomTypeId(roomType)
                .setHotelTimeZone("UTC").setRooms(1).build());
        double held = count("hold", "HELD", "NONE");
        double replayed = count("hold", "REPLAYED", "NONE");
        double soldOut = count("hold", "REFUSED", "ROOMS_UNAVAILABLE");
        double confirmed = count("confirm", "CONFIRMED", "NONE");
        double nothing = count("release", "NOTHING_HELD", "NONE");
        double refusals = registry.counter("staygrid.grpc.server.refusals", "service", "staygrid.inventory.v1.InventoryService",
                "method", "HoldRooms", "code", "FAILED_PRECONDITION", "reason", "ROOMS_UNAVAILABLE").count();

        String id = UUID.randomUUID().toString();
        inventory.holdRooms(hold(id, hotel, roomType));
        inventory.holdRooms(hold(id, hotel, roomType));
        catchThrowable(() -> inventory.holdRooms(hold(UUID.randomUUID().toString(), hotel, roomType)));
        inventory.confirmHold(ConfirmHoldRequest.newBuilder().setReservationId(id).build());
        inventory.releaseHold(ReleaseHoldRequest.newBuilder().setReservationId(UUID.randomUUID().toString()).build());

        assertThat(count("hold", "HELD", "NONE")).isEqualTo(held + 1);
        assertThat(count("hold", "REPLAYED", "NONE")).isEqualTo(replayed + 1);
        assertThat(count("hold", "REFUSED", "ROOMS_UNAVAILABLE")).as("holds counted: %s", counted()).isEqualTo(soldOut + 1);
        assertThat(count("confirm", "CONFIRMED", "NONE")).isEqualTo(confirmed + 1);
        assertThat(count("release", "NOTHING_HELD", "NONE")).isEqualTo(nothing + 1);
        assertThat(registry.counter("staygrid.grpc.server.refusals", "service", "staygrid.inventory.v1.InventoryService",
                "method", "HoldRooms", "code", "FAILED_PRECONDITION", "reason", "ROOMS_UNAVAILABLE").count())
                .isEqualTo(refusals + 1);
        assertThat(registry.get("staygrid.inventory.hold.duration").tags("operation", "hold", "outcome", "HELD").timer().count())
                .isPositive();
    }

    @Test
    void prometheusScrapesHoldsGrpcPoolAndJvmMeters() throws Exception {
        inventory.releaseHold(ReleaseHoldRequest.newBuilder().setReservationId(UUID.randomUUID().toString()).build());
        HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("staygrid_inventory_holds_total{", "application=\"inventory-svc\"",
                "grpc_server_processing_duration_seconds_count{", "method=\"ReleaseHold\"",
                "staygrid_inventory_hold_duration_seconds_bucket{", "agroal_active_count", "jvm_memory_used_bytes");
    }

    private String counted() {
        return registry.find("staygrid.inventory.holds").counters().stream()
                .map(c -> c.getId().getTags() + "=" + c.count()).toList().toString();
    }

    private double count(String operation, String outcome, String reason) {
        Counter counter = registry.find("staygrid.inventory.holds")
                .tags("operation", operation, "outcome", outcome, "reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private HoldRoomsRequest hold(String id, long hotel, long roomType) {
        return HoldRoomsRequest.newBuilder().setReservationId(id).setHotelId(hotel).setRoomTypeId(roomType)
                .setStartDate(ProtoTime.toProto(today.plusDays(3))).setEndDate(ProtoTime.toProto(today.plusDays(5)))
                .setRooms(1).build();
    }
}
