package io.staygrid.inventory.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.service.CapacityService;
import io.staygrid.inventory.v1.GetAvailabilityRequest;
import io.staygrid.inventory.v1.GetHoldRequest;
import io.staygrid.inventory.v1.GetOccupancyRequest;
import io.staygrid.inventory.v1.GetOverbookingPolicyRequest;
import io.staygrid.inventory.v1.GetRoomTypeCapacityRequest;
import io.staygrid.inventory.v1.HoldRoomsRequest;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.inventory.v1.ListHoldsRequest;
import io.staygrid.inventory.v1.ListOverbookedNightsRequest;
import io.staygrid.inventory.v1.ListRoomTypeCapacitiesRequest;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** No N+1: every read and list RPC costs a fixed number of statements, however many rows it answers with. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class StatementCountTest {

    @GrpcClient("self")
    InventoryServiceGrpc.InventoryServiceBlockingStub inventory;
    @Inject
    CapacityService capacity;
    @Inject
    SessionFactory sessionFactory;

    final LocalDate today = TestInventory.today();

    long statements(Runnable call) {
        long before = sessionFactory.getStatistics().getPrepareStatementCount();
        call.run();
        return sessionFactory.getStatistics().getPrepareStatementCount() - before;
    }

    /** A hotel with {@code roomTypes} room types of 5 rooms and one 1-room hold per room type. */
    long hotel(int roomTypes) {
        long hotelId = TestInventory.newId();
        for (int i = 0; i < roomTypes; i++) {
            long roomTypeId = TestInventory.newId();
            capacity.setRooms(hotelId, roomTypeId, "UTC", 5, false, false);
            inventory.holdRooms(HoldRoomsRequest.newBuilder().setReservationId(UUID.randomUUID().toString())
                    .setHotelId(hotelId).setRoomTypeId(roomTypeId).setStartDate(ProtoTime.toProto(today.plusDays(3)))
                    .setEndDate(ProtoTime.toProto(today.plusDays(5))).setRooms(1).build());
        }
        return hotelId;
    }

    @Test
    void everyListAndReadCostsTheSameFewStatementsForOneRoomTypeOrTen() {
        long small = hotel(1);
        long large = hotel(10);

        assertThat(availability(large, 30)).as("availability").isEqualTo(availability(small, 1)).isEqualTo(3);
        assertThat(occupancy(large, 30)).as("occupancy").isEqualTo(occupancy(small, 1)).isEqualTo(4);
        assertThat(holds(large)).as("holds").isEqualTo(holds(small)).isEqualTo(1);
        assertThat(capacities(large)).as("capacities").isEqualTo(capacities(small)).isEqualTo(1);
        assertThat(overbooked(large)).as("overbooked nights").isEqualTo(overbooked(small)).isEqualTo(2);
        long roomType = inventory.listRoomTypeCapacities(ListRoomTypeCapacitiesRequest.newBuilder().setHotelId(large)
                .build()).getCapacities(0).getRoomTypeId();
        assertThat(statements(() -> inventory.getRoomTypeCapacity(GetRoomTypeCapacityRequest.newBuilder()
                .setHotelId(large).setRoomTypeId(roomType).build()))).as("one capacity").isEqualTo(1);
        assertThat(statements(() -> inventory.getOverbookingPolicy(GetOverbookingPolicyRequest.newBuilder()
                .setHotelId(large).build()))).as("policy").isEqualTo(1);
        String holdId = inventory.listHolds(ListHoldsRequest.newBuilder().setHotelId(large).build()).getHolds(0)
                .getReservationId();
        assertThat(statements(() -> inventory.getHold(GetHoldRequest.newBuilder().setReservationId(holdId).build())))
                .as("one hold").isEqualTo(1);
    }

    /**
     * The write path's round trips are its latency at low load: a new hold is the room type, the hold row, the
     * nights' locks and their update (no lookup of the id first, the lock timeout is the connection's); a retry
     * stops at the taken id and reads its hold.
     */
    @Test
    void aNewHoldCostsFourStatementsAndItsRetryThree() {
        long hotelId = TestInventory.newId();
        long roomTypeId = TestInventory.newId();
        capacity.setRooms(hotelId, roomTypeId, "UTC", 5, false, false);
        HoldRoomsRequest request = HoldRoomsRequest.newBuilder().setReservationId(UUID.randomUUID().toString())
                .setHotelId(hotelId).setRoomTypeId(roomTypeId).setStartDate(ProtoTime.toProto(today.plusDays(3)))
                .setEndDate(ProtoTime.toProto(today.plusDays(6))).setRooms(1).build();

        assertThat(statements(() -> inventory.holdRooms(request))).as("new hold").isEqualTo(4);
        assertThat(statements(() -> assertThat(inventory.holdRooms(request).getReplayed()).isTrue()))
                .as("retry").isEqualTo(3);
    }

    long availability(long hotelId, int nights) {
        return statements(() -> inventory.getAvailability(GetAvailabilityRequest.newBuilder().setHotelId(hotelId)
                .setStartDate(ProtoTime.toProto(today.plusDays(1)))
                .setEndDate(ProtoTime.toProto(today.plusDays(1 + nights))).build()));
    }

    long occupancy(long hotelId, int nights) {
        long roomType = inventory.listRoomTypeCapacities(ListRoomTypeCapacitiesRequest.newBuilder().setHotelId(hotelId)
                .build()).getCapacities(0).getRoomTypeId();
        return statements(() -> inventory.getOccupancy(GetOccupancyRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(roomType)
                .setStartDate(ProtoTime.toProto(today.plusDays(1)))
                .setEndDate(ProtoTime.toProto(today.plusDays(1 + nights))).build()));
    }

    long holds(long hotelId) {
        return statements(() -> inventory.listHolds(ListHoldsRequest.newBuilder().setHotelId(hotelId).setPageSize(50)
                .build()));
    }

    long capacities(long hotelId) {
        return statements(() -> inventory.listRoomTypeCapacities(ListRoomTypeCapacitiesRequest.newBuilder()
                .setHotelId(hotelId).setPageSize(50).build()));
    }

    long overbooked(long hotelId) {
        return statements(() -> inventory.listOverbookedNights(ListOverbookedNightsRequest.newBuilder()
                .setHotelId(hotelId).setPageSize(50).build()));
    }
}
