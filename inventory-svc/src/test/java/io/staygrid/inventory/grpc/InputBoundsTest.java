package io.staygrid.inventory.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.v1.GetAvailabilityRequest;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.inventory.v1.OverbookingPolicy;
import io.staygrid.inventory.v1.SetOutOfServiceRoomsRequest;
import io.staygrid.inventory.v1.SetRoomTypeCapacityRequest;
import io.staygrid.inventory.v1.UpdateOverbookingPolicyRequest;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every integer input has a documented range; outside it the answer is INVALID_ARGUMENT, never an overflow (INTERNAL). */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class InputBoundsTest {

    /** The documented maximum of a room type's rooms in service and of its rooms out of service. */
    private static final int MAX_ROOMS = 100_000;

    @GrpcClient("self")
    InventoryServiceGrpc.InventoryServiceBlockingStub inventory;
    @Inject
    TestInventory db;

    private final LocalDate today = TestInventory.today();

    @Test
    void roomsOfACapacityOutsideZeroToTheDocumentedMaximumAreInvalidNotAnOverflow() {
        long hotel = TestInventory.newId();
        long roomType = TestInventory.newId();

        assertInvalidField(() -> inventory.setRoomTypeCapacity(capacity(hotel, roomType, Integer.MAX_VALUE)), "rooms");
        assertInvalidField(() -> inventory.setRoomTypeCapacity(capacity(hotel, roomType, MAX_ROOMS + 1)), "rooms");
        assertInvalidField(() -> inventory.setRoomTypeCapacity(capacity(hotel, roomType, -1)), "rooms");
        assertThat(db.count("SELECT count(*) FROM room_type WHERE hotel_id = ?", hotel)).isZero();
    }

    @Test
    void theLargestCapacityAtTheLargestPercentIsExact() {
        long hotel = TestInventory.newId();
        long roomType = TestInventory.newId();
        inventory.updateOverbookingPolicy(UpdateOverbookingPolicyRequest.newBuilder()
                .setPolicy(OverbookingPolicy.newBuilder().setHotelId(hotel).setOverbookingPercent(100)).build());

        inventory.setRoomTypeCapacity(capacity(hotel, roomType, MAX_ROOMS));

        assertThat(db.night(new TestInventory.RoomType(hotel, roomType), today.plusDays(729)).sellLimit()).isEqualTo(2 * MAX_ROOMS);
    }

    @Test
    void outOfServiceRoomsOutsideTheirRangeAreInvalid() {
        long hotel = TestInventory.newId();
        long roomType = TestInventory.newId();
        inventory.setRoomTypeCapacity(capacity(hotel, roomType, 5));

        assertInvalidField(() -> inventory.setOutOfServiceRooms(outOfService(hotel, roomType, Integer.MAX_VALUE)), "rooms");
        assertInvalidField(() -> inventory.setOutOfServiceRooms(outOfService(hotel, roomType, MAX_ROOMS + 1)), "rooms");
        assertInvalidField(() -> inventory.setOutOfServiceRooms(outOfService(hotel, roomType, -1)), "rooms");
        assertThat(inventory.setOutOfServiceRooms(outOfService(hotel, roomType, MAX_ROOMS)).getCapacity().getRooms()).isEqualTo(5);
    }

    @Test
    void percentAndRoomsOfReadsKeepTheirRanges() {
        long hotel = TestInventory.newId();
        assertInvalidField(() -> inventory.updateOverbookingPolicy(UpdateOverbookingPolicyRequest.newBuilder()
                .setPolicy(OverbookingPolicy.newBuilder().setHotelId(hotel).setOverbookingPercent(101)).build()),
                "policy.overbooking_percent");
        assertInvalidField(() -> inventory.updateOverbookingPolicy(UpdateOverbookingPolicyRequest.newBuilder()
                .setPolicy(OverbookingPolicy.newBuilder().setHotelId(hotel).setOverbookingPercent(Integer.MIN_VALUE)).build()),
                "policy.overbooking_percent");
        assertInvalidField(() -> inventory.getAvailability(GetAvailabilityRequest.newBuilder().setHotelId(hotel)
                .setStartDate(ProtoTime.toProto(today)).setEndDate(ProtoTime.toProto(today.plusDays(1)))
                .setRooms(Integer.MAX_VALUE).build()), "rooms");
    }

    private static SetRoomTypeCapacityRequest capacity(long hotel, long roomType, int rooms) {
        return SetRoomTypeCapacityRequest.newBuilder().setHotelId(hotel).setRoomTypeId(roomType).setHotelTimeZone("UTC")
                .setRooms(rooms).build();
    }

    private SetOutOfServiceRoomsRequest outOfService(long hotel, long roomType, int rooms) {
        return SetOutOfServiceRoomsRequest.newBuilder().setHotelId(hotel).setRoomTypeId(roomType)
                .setStartDate(ProtoTime.toProto(today.plusDays(1))).setEndDate(ProtoTime.toProto(today.plusDays(3)))
                .setRooms(rooms).build();
    }

    private static void assertInvalidField(Supplier<?> call, String field) {
        Throwable thrown = catchThrowable(call::get);
        assertThat(thrown).as("refused").isNotNull();
        assertThat(GrpcErrors.code(thrown)).as(String.valueOf(thrown)).isEqualTo(Status.Code.INVALID_ARGUMENT);
        ErrorInfo info = GrpcErrors.errorInfo(thrown).orElseThrow();
        assertThat(info.getReason()).isEqualTo("INVALID_FIELD");
        assertThat(info.getMetadataMap()).containsEntry("field", field);
    }
}
