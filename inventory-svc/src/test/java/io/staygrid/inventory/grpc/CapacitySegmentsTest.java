package io.staygrid.inventory.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.TestInventory.RoomType;
import io.staygrid.inventory.v1.HoldRoomsRequest;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.inventory.v1.OutOfServiceSegment;
import io.staygrid.inventory.v1.SetRoomTypeCapacityRequest;
import io.staygrid.inventory.v1.SetRoomTypeCapacityResponse;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** SetRoomTypeCapacity with out-of-service segments: one transaction, dates clipped to the horizon, never refused for them. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class CapacitySegmentsTest {

    @GrpcClient("self")
    InventoryServiceGrpc.InventoryServiceBlockingStub inventory;
    @Inject
    TestInventory db;

    private final LocalDate today = TestInventory.today();

    @Test
    void roomsAndSegmentsApplyTogetherAndDatesOutsideTheHorizonAreIgnoredNotRefused() {
        RoomType rt = new RoomType(TestInventory.newId(), TestInventory.newId());
        inventory.setRoomTypeCapacity(capacity(rt, 4).build());

        SetRoomTypeCapacityResponse response = inventory.setRoomTypeCapacity(capacity(rt, 5)
                .addOutOfServiceSegments(segment(-1, 2, 2))
                .addOutOfServiceSegments(segment(728, 735, 1)).build());

        assertThat(response.getCapacity().getHorizonEndDate()).isEqualTo(ProtoTime.toProto(today.plusDays(730)));
        assertThat(db.night(rt, today).totalInventory()).isEqualTo(3);
        assertThat(db.night(rt, today.plusDays(1)).outOfService()).isEqualTo(2);
        assertThat(db.night(rt, today.plusDays(2)).totalInventory()).isEqualTo(5);
        assertThat(db.night(rt, today.plusDays(727)).totalInventory()).isEqualTo(5);
        assertThat(db.night(rt, today.plusDays(729)).totalInventory()).isEqualTo(4);
        assertThat(db.night(rt, today.plusDays(730))).isNull();
        assertThat(db.night(rt, today.plusDays(729)).sellLimit()).isEqualTo(4 * 110 / 100);
    }

    @Test
    void aSegmentThatFallsShortRefusesTheRoomCountToo() {
        RoomType rt = new RoomType(TestInventory.newId(), TestInventory.newId());
        inventory.setRoomTypeCapacity(capacity(rt, 5).build());
        inventory.holdRooms(HoldRoomsRequest.newBuilder().setReservationId(UUID.randomUUID().toString())
                .setHotelId(rt.hotelId()).setRoomTypeId(rt.roomTypeId()).setStartDate(ProtoTime.toProto(today.plusDays(3)))
                .setEndDate(ProtoTime.toProto(today.plusDays(4))).setRooms(5).build());

        Throwable refused = catchThrowable(() -> inventory.setRoomTypeCapacity(capacity(rt, 6)
                .addOutOfServiceSegments(segment(3, 4, 2)).build()));

        assertThat(GrpcErrors.reason(refused)).isEqualTo("CAPACITY_BELOW_RESERVED");
        assertThat(db.count("SELECT rooms FROM room_type WHERE hotel_id = ? AND room_type_id = ?", rt.hotelId(), rt.roomTypeId()))
                .isEqualTo(5);
        assertThat(db.night(rt, today.plusDays(3)).outOfService()).isZero();
        assertThat(db.night(rt, today.plusDays(1)).totalInventory()).isEqualTo(5);
    }

    @Test
    void malformedSegmentsAreInvalidFields() {
        RoomType rt = new RoomType(TestInventory.newId(), TestInventory.newId());
        assertInvalid(() -> inventory.setRoomTypeCapacity(capacity(rt, 5).addOutOfServiceSegments(segment(3, 3, 1)).build()));
        assertInvalid(() -> inventory.setRoomTypeCapacity(capacity(rt, 5).addOutOfServiceSegments(segment(3, 6, 1))
                .addOutOfServiceSegments(segment(5, 8, 1)).build()));
        assertInvalid(() -> inventory.setRoomTypeCapacity(capacity(rt, 5).addOutOfServiceSegments(segment(3, 6, 100_001)).build()));
        assertThat(db.count("SELECT count(*) FROM room_type WHERE hotel_id = ?", rt.hotelId())).isZero();
    }

    private static SetRoomTypeCapacityRequest.Builder capacity(RoomType rt, int rooms) {
        return SetRoomTypeCapacityRequest.newBuilder().setHotelId(rt.hotelId()).setRoomTypeId(rt.roomTypeId())
                .setHotelTimeZone("UTC").setRooms(rooms);
    }

    private OutOfServiceSegment segment(int from, int to, int rooms) {
        return OutOfServiceSegment.newBuilder().setStartDate(ProtoTime.toProto(today.plusDays(from)))
                .setEndDate(ProtoTime.toProto(today.plusDays(to))).setRooms(rooms).build();
    }

    private static void assertInvalid(Supplier<?> call) {
        Throwable thrown = catchThrowable(call::get);
        assertThat(GrpcErrors.code(thrown)).isEqualTo(Status.Code.INVALID_ARGUMENT);
        ErrorInfo info = GrpcErrors.errorInfo(thrown).orElseThrow();
        assertThat(info.getReason()).isEqualTo("INVALID_FIELD");
        assertThat(info.getMetadataMap().get("field")).startsWith("out_of_service_segments");
    }
}
