package io.staygrid.inventory.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.protobuf.FieldMask;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.v1.*;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The gRPC contract end to end: status codes and ErrorInfo reasons, as clients see them. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class InventoryGrpcServiceTest {

    @GrpcClient("self")
    InventoryServiceGrpc.InventoryServiceBlockingStub inventory;
    @Inject
    TestInventory db;

    private final LocalDate today = TestInventory.today();

    @Test
    void holdConfirmReleaseOverGrpc() {
        long[] rt = roomType(2);
        String id = UUID.randomUUID().toString();

        HoldRoomsResponse held = inventory.holdRooms(hold(id, rt, 3, 5, 2));
        assertThat(held.getHold().getState()).isEqualTo(HoldState.HOLD_STATE_HELD);
        assertThat(held.getHold().hasExpireTime()).isTrue();
        assertThat(inventory.holdRooms(hold(id, rt, 3, 5, 2)).getReplayed()).isTrue();
        assertThat(inventory.confirmHold(ConfirmHoldRequest.newBuilder().setReservationId(id).build()).getHold().getState())
                .isEqualTo(HoldState.HOLD_STATE_CONFIRMED);
        assertThat(inventory.getHold(GetHoldRequest.newBuilder().setReservationId(id).build()).getHold().getRooms()).isEqualTo(2);
        assertThat(inventory.releaseHold(ReleaseHoldRequest.newBuilder().setReservationId(id).build()).getHold().getState())
                .isEqualTo(HoldState.HOLD_STATE_RELEASED);
        assertThat(inventory.releaseHold(ReleaseHoldRequest.newBuilder().setReservationId(UUID.randomUUID().toString()).build())
                .hasHold()).isFalse();
    }

    @Test
    void refusalsCarryTheirStatusAndReason() {
        long[] rt = roomType(1);
        String id = UUID.randomUUID().toString();
        inventory.holdRooms(hold(id, rt, 1, 3, 1));

        assertError(() -> inventory.holdRooms(hold(UUID.randomUUID().toString(), rt, 2, 4, 1)),
                Status.Code.FAILED_PRECONDITION, "ROOMS_UNAVAILABLE").containsEntry("dates", today.plusDays(2).toString());
        assertError(() -> inventory.holdRooms(hold(id, rt, 1, 4, 1)), Status.Code.ALREADY_EXISTS, "HOLD_CONFLICT")
                .containsEntry("field", "end_date");
        assertError(() -> inventory.holdRooms(hold("NOT-A-UUID", rt, 1, 2, 1)), Status.Code.INVALID_ARGUMENT, "INVALID_FIELD")
                .containsEntry("field", "reservation_id");
        assertError(() -> inventory.holdRooms(hold(UUID.randomUUID().toString(), rt, 5, 40, 1)),
                Status.Code.INVALID_ARGUMENT, "INVALID_STAY").containsEntry("rule", "TOO_MANY_NIGHTS");
        assertError(() -> inventory.holdRooms(hold(UUID.randomUUID().toString(), new long[] {rt[0], 424242}, 1, 2, 1)),
                Status.Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
        assertError(() -> inventory.holdRooms(hold(UUID.randomUUID().toString(), rt, 1, 2, 1).toBuilder()
                        .setHoldDuration(com.google.protobuf.Duration.newBuilder().setSeconds(5)).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_FIELD").containsEntry("field", "hold_duration");
        assertError(() -> inventory.getHold(GetHoldRequest.newBuilder().setReservationId(UUID.randomUUID().toString()).build()),
                Status.Code.NOT_FOUND, "HOLD_NOT_FOUND");
        assertError(() -> inventory.confirmHold(ConfirmHoldRequest.newBuilder().setReservationId(UUID.randomUUID().toString()).build()),
                Status.Code.NOT_FOUND, "HOLD_NOT_FOUND");
        assertError(() -> inventory.setRoomTypeCapacity(SetRoomTypeCapacityRequest.newBuilder().setHotelId(rt[0])
                        .setRoomTypeId(rt[1]).setHotelTimeZone("Mars/Olympus").setRooms(1).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_FIELD").containsEntry("field", "hotel_time_zone");
        assertError(() -> inventory.setRoomTypeCapacity(SetRoomTypeCapacityRequest.newBuilder().setHotelId(rt[0])
                        .setRoomTypeId(rt[1]).setHotelTimeZone("UTC").setRooms(0).build()),
                Status.Code.FAILED_PRECONDITION, "CAPACITY_BELOW_RESERVED").containsEntry("date_count", "2");
        assertError(() -> inventory.getAvailability(GetAvailabilityRequest.newBuilder().setHotelId(rt[0])
                        .setStartDate(date(3)).setEndDate(date(400)).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_DATE_RANGE").containsEntry("rule", "RANGE_TOO_LONG");
        assertError(() -> inventory.updateOverbookingPolicy(UpdateOverbookingPolicyRequest.newBuilder()
                        .setPolicy(OverbookingPolicy.newBuilder().setHotelId(rt[0]).setOverbookingPercent(5))
                        .setUpdateMask(FieldMask.newBuilder().addPaths("name")).build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_FIELD").containsEntry("field", "update_mask");
        assertError(() -> inventory.listHolds(ListHoldsRequest.newBuilder().setHotelId(rt[0]).setPageToken("garbage!").build()),
                Status.Code.INVALID_ARGUMENT, "INVALID_FIELD").containsEntry("field", "page_token");
    }

    @Test
    void availabilityAcceptsTheHoldRangeOfRoomsZeroToTen() {
        long[] rt = roomType(10);
        GetAvailabilityRequest.Builder request = GetAvailabilityRequest.newBuilder().setHotelId(rt[0])
                .setStartDate(date(1)).setEndDate(date(2)).setValidateStay(true);

        assertThat(inventory.getAvailability(request.setRooms(10).build()).getRoomTypes(0).getBookable()).isTrue();
        assertThat(inventory.getAvailability(request.setRooms(0).build()).getRoomTypes(0).getBookable()).isTrue();
        assertError(() -> inventory.getAvailability(request.setRooms(11).build()), Status.Code.INVALID_ARGUMENT, "INVALID_FIELD")
                .containsEntry("field", "rooms");
    }

    @Test
    void lockedRowsPastTheLockTimeoutAnswerInventoryBusy() throws Exception {
        long[] rt = roomType(3);
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM room_type_inventory WHERE hotel_id = ? AND room_type_id = ? AND date = ? FOR UPDATE")) {
                ps.setLong(1, rt[0]);
                ps.setLong(2, rt[1]);
                ps.setObject(3, today.plusDays(2));
                ps.executeQuery().close();
            }
            assertError(() -> inventory.holdRooms(hold(UUID.randomUUID().toString(), rt, 1, 3, 1)),
                    Status.Code.UNAVAILABLE, "INVENTORY_BUSY");
            c.rollback();
        }
        assertThat(db.count("SELECT count(*) FROM inventory_hold WHERE hotel_id = ?", rt[0])).isZero();
    }

    @Test
    void listsPageWithTokensAndReadsAnswerPerNight() {
        long[] rt = roomType(10);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            inventory.holdRooms(hold(id, rt, 1 + i, 2 + i, 1));
        }
        List<String> seen = new ArrayList<>();
        String token = "";
        do {
            ListHoldsResponse page = inventory.listHolds(ListHoldsRequest.newBuilder().setHotelId(rt[0]).setPageSize(2)
                    .addStates(HoldState.HOLD_STATE_HELD).setPageToken(token).build());
            page.getHoldsList().forEach(h -> seen.add(h.getReservationId()));
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertThat(seen).containsExactlyElementsOf(ids);

        GetAvailabilityResponse availability = inventory.getAvailability(GetAvailabilityRequest.newBuilder()
                .setHotelId(rt[0]).setStartDate(date(1)).setEndDate(date(4)).setValidateStay(true).build());
        assertThat(availability.getRoomTypesList()).singleElement().satisfies(a -> {
            assertThat(a.getAvailableRooms()).isEqualTo(10);
            assertThat(a.getNightsList()).extracting(NightInventory::getSellLimit).containsExactly(11, 11, 11);
            assertThat(a.getNightsList()).extracting(NightInventory::getTotalReserved).containsExactly(1, 1, 1);
        });
        GetOccupancyResponse occupancy = inventory.getOccupancy(GetOccupancyRequest.newBuilder().setHotelId(rt[0])
                .setRoomTypeId(rt[1]).setStartDate(date(0)).setEndDate(date(7)).build());
        assertThat(occupancy.getDaysList()).extracting(DailyOccupancy::getTotalReserved).containsExactly(0, 1, 1, 1, 1, 1, 0);
        GetRoomTypeCapacityResponse capacity = inventory.getRoomTypeCapacity(GetRoomTypeCapacityRequest.newBuilder()
                .setHotelId(rt[0]).setRoomTypeId(rt[1]).build());
        assertThat(capacity.getCapacity().getHorizonEndDate()).isEqualTo(date(730));
        assertThat(inventory.listOverbookedNights(ListOverbookedNightsRequest.newBuilder().setHotelId(rt[0]).build())
                .getNightsList()).isEmpty();
    }

    private long[] roomType(int rooms) {
        long hotel = TestInventory.newId();
        long roomType = TestInventory.newId();
        inventory.setRoomTypeCapacity(SetRoomTypeCapacityRequest.newBuilder().setHotelId(hotel).setRoomTypeId(roomType)
                .setHotelTimeZone("UTC").setRooms(rooms).build());
        return new long[] {hotel, roomType};
    }

    private HoldRoomsRequest hold(String id, long[] rt, int startOffset, int endOffset, int rooms) {
        return HoldRoomsRequest.newBuilder().setReservationId(id).setHotelId(rt[0]).setRoomTypeId(rt[1])
                .setStartDate(date(startOffset)).setEndDate(date(endOffset)).setRooms(rooms).build();
    }

    private com.google.type.Date date(int daysFromToday) {
        return ProtoTime.toProto(today.plusDays(daysFromToday));
    }

    private static org.assertj.core.api.MapAssert<String, String> assertError(Supplier<?> call, Status.Code code, String reason) {
        Throwable thrown = catchThrowable(call::get);
        assertThat(GrpcErrors.code(thrown)).isEqualTo(code);
        ErrorInfo info = GrpcErrors.errorInfo(thrown).orElseThrow();
        assertThat(info.getReason()).isEqualTo(reason);
        assertThat(info.getDomain()).isEqualTo("inventory.staygrid.io");
        return assertThat(info.getMetadataMap());
    }
}
