package io.staygrid.benchmarks;

import io.grpc.ManagedChannel;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.inventory.v1.GetOverbookingPolicyRequest;
import io.staygrid.inventory.v1.HoldRoomsRequest;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.support.proto.ProtoTime;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** HoldRooms over gRPC against a running inventory-svc (the whole path: gRPC, worker pool, JTA, Agroal). */
final class GrpcClient implements HoldClient {

    private final InventoryServiceGrpc.InventoryServiceBlockingStub stub;
    private final boolean pingOnly;

    /** With {@code pingOnly}, each call is GetOverbookingPolicy (one primary-key read): the round-trip floor. */
    GrpcClient(ManagedChannel channel, boolean pingOnly) {
        this.stub = InventoryServiceGrpc.newBlockingStub(channel);
        this.pingOnly = pingOnly;
    }

    @Override
    public void hold(UUID id, Stay stay) {
        if (pingOnly) {
            stub.withDeadlineAfter(30, TimeUnit.SECONDS).getOverbookingPolicy(
                    GetOverbookingPolicyRequest.newBuilder().setHotelId(stay.hotelId()).build());
            return;
        }
        stub.withDeadlineAfter(30, TimeUnit.SECONDS).holdRooms(HoldRoomsRequest.newBuilder()
                .setReservationId(id.toString())
                .setHotelId(stay.hotelId())
                .setRoomTypeId(stay.roomTypeId())
                .setStartDate(ProtoTime.toProto(stay.startDate()))
                .setEndDate(ProtoTime.toProto(stay.endDate()))
                .setRooms(stay.rooms())
                .build());
    }
}
