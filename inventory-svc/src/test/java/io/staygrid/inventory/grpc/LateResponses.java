package io.staygrid.inventory.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.TestProbe;
import io.staygrid.inventory.service.InventoryProbe.Point;
import io.staygrid.inventory.v1.HoldRoomsRequest;
import io.staygrid.inventory.v1.HoldRoomsResponse;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.inventory.v1.SetRoomTypeCapacityRequest;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/**
 * The sequence behind issue 13's 502s under load, on one connection: call A stalls inside its transaction past its
 * deadline (the client resets its stream with RST_STREAM CANCEL), call B is in flight on the same connection, A is
 * released and writes its late response, then B is released. Subclasses run it on one gRPC server or the other.
 */
abstract class LateResponses {

    @GrpcClient("self")
    InventoryServiceGrpc.InventoryServiceBlockingStub inventory;
    @Inject
    TestProbe probe;
    @Inject
    CloseWatch closes;
    @Inject
    TestInventory db;

    @AfterEach
    void disarm() {
        probe.disarm();
    }

    /** Runs the sequence on one connection to {@code port}; returns call B's failure, or null if B succeeded. */
    Throwable lateResponseWhileAnotherCallIsInFlight(int port) throws Exception {
        long[] rtA = roomType();
        long[] rtB = roomType();
        String idA = UUID.randomUUID().toString();
        ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
        try {
            InventoryServiceGrpc.InventoryServiceBlockingStub stub = InventoryServiceGrpc.newBlockingStub(channel);
            TestProbe.Stall a = probe.stallAt(Point.HOLD_NIGHTS_LOCKED, rtA[0]);
            CompletableFuture<HoldRoomsResponse> callA = CompletableFuture.supplyAsync(
                    () -> stub.withDeadlineAfter(1, TimeUnit.SECONDS).holdRooms(hold(idA, rtA)));
            assertThat(a.awaitReached(Duration.ofSeconds(20))).as("A stalled in its transaction").isTrue();
            Throwable expired = catchThrowable(() -> callA.get(20, TimeUnit.SECONDS));
            assertThat(GrpcErrors.code(expired)).as("A past its deadline: the client reset the stream")
                    .isEqualTo(Status.Code.DEADLINE_EXCEEDED);

            TestProbe.Stall b = probe.stallAt(Point.ROOMS_TAKEN, rtB[0]);
            CompletableFuture<HoldRoomsResponse> callB = CompletableFuture.supplyAsync(
                    () -> stub.withDeadlineAfter(60, TimeUnit.SECONDS).holdRooms(hold(UUID.randomUUID().toString(), rtB)));
            assertThat(b.awaitReached(Duration.ofSeconds(20))).as("B in flight on the same connection").isTrue();

            a.release();
            closes.awaitClosed(idA, Duration.ofSeconds(20));
            assertThat(db.count("SELECT count(*) FROM inventory_hold WHERE reservation_id = ?::uuid", idA))
                    .as("A finished its work after the reset").isEqualTo(1);
            b.release();
            return catchThrowable(() -> callB.get(30, TimeUnit.SECONDS));
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private long[] roomType() {
        long hotel = TestInventory.newId();
        long roomType = TestInventory.newId();
        inventory.setRoomTypeCapacity(SetRoomTypeCapacityRequest.newBuilder().setHotelId(hotel).setRoomTypeId(roomType)
                .setHotelTimeZone("UTC").setRooms(3).build());
        return new long[] {hotel, roomType};
    }

    private static HoldRoomsRequest hold(String id, long[] rt) {
        return HoldRoomsRequest.newBuilder().setReservationId(id).setHotelId(rt[0]).setRoomTypeId(rt[1])
                .setStartDate(ProtoTime.toProto(TestInventory.today().plusDays(2)))
                .setEndDate(ProtoTime.toProto(TestInventory.today().plusDays(4))).setRooms(1).build();
    }
}
