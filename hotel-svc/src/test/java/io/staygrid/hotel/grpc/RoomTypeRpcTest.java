package io.staygrid.hotel.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.FieldMask;
import io.grpc.Status.Code;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.hotel.support.CatalogTest;
import io.staygrid.hotel.support.FakeInventoryResource;
import io.staygrid.hotel.v1.BedConfiguration;
import io.staygrid.hotel.v1.BedGroup;
import io.staygrid.hotel.v1.BedType;
import io.staygrid.hotel.v1.CreateRoomTypeRequest;
import io.staygrid.hotel.v1.DeleteRoomRequest;
import io.staygrid.hotel.v1.DeleteRoomTypeRequest;
import io.staygrid.hotel.v1.GetRoomTypeRequest;
import io.staygrid.hotel.v1.ListRoomTypesRequest;
import io.staygrid.hotel.v1.ListRoomTypesResponse;
import io.staygrid.hotel.v1.RoomType;
import io.staygrid.hotel.v1.UpdateRoomTypeRequest;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.testing.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(FakeInventoryResource.class)
class RoomTypeRpcTest extends CatalogTest {

    @Test
    void createdRoomTypeIsReadBackWithBedsAndAmenitiesInOrder() {
        long hotelId = newHotel().getHotelId();
        RoomType created = hotels.createRoomType(CreateRoomTypeRequest.newBuilder().setHotelId(hotelId)
                .setRoomType(roomTypeDraft(" Family ").clearAmenities().addAmenities("wifi").addAmenities("air_con")
                        .setBedConfiguration(BedConfiguration.newBuilder()
                                .addBedGroups(BedGroup.newBuilder().setBedType(BedType.BED_TYPE_KING).setCount(1))
                                .addBedGroups(BedGroup.newBuilder().setBedType(BedType.BED_TYPE_BUNK).setCount(2))))
                .build()).getRoomType();
        assertThat(created.getName()).isEqualTo("Family");
        assertThat(created.getHotelId()).isEqualTo(hotelId);
        assertThat(created.getAmenitiesList()).containsExactly("wifi", "air_con");
        assertThat(created.getBedConfiguration().getBedGroupsList()).extracting(BedGroup::getBedType)
                .containsExactly(BedType.BED_TYPE_KING, BedType.BED_TYPE_BUNK);
        assertThat(hotels.getRoomType(GetRoomTypeRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(created.getRoomTypeId()).build()).getRoomType()).isEqualTo(created);
    }

    @Test
    void invalidRoomTypesAreRefusedAndWriteNothing() {
        String beds = "room_type.bed_configuration.bed_groups";
        check(t -> t.setName(""), "room_type.name");
        check(t -> t.setName("n".repeat(101)), "room_type.name");
        check(t -> t.setDescription("d".repeat(4001)), "room_type.description");
        check(t -> t.setMaxOccupancy(0), "room_type.max_occupancy");
        check(t -> t.setMaxOccupancy(21), "room_type.max_occupancy");
        check(t -> t.clearBedConfiguration(), beds);
        check(t -> t.setBedConfiguration(BedConfiguration.newBuilder().addBedGroups(BedGroup.newBuilder().setCount(1))), beds);
        check(t -> t.setBedConfiguration(BedConfiguration.newBuilder()
                .addBedGroups(BedGroup.newBuilder().setBedType(BedType.BED_TYPE_SINGLE).setCount(1))
                .addBedGroups(BedGroup.newBuilder().setBedType(BedType.BED_TYPE_SINGLE).setCount(2))), beds);
        check(t -> t.setBedConfiguration(BedConfiguration.newBuilder()
                .addBedGroups(BedGroup.newBuilder().setBedType(BedType.BED_TYPE_SINGLE).setCount(11))), beds);
        check(t -> t.addAmenities("Mini Bar"), "room_type.amenities");
        check(t -> t.addAmenities("wifi"), "room_type.amenities");
    }

    private void check(UnaryOperator<RoomType.Builder> breakIt, String field) {
        long hotelId = newHotel().getHotelId();
        assertWritesNothing(() -> assertInvalidField(() -> hotels.createRoomType(CreateRoomTypeRequest.newBuilder()
                .setHotelId(hotelId).setRoomType(breakIt.apply(roomTypeDraft("Twin"))).build()), field));
    }

    @Test
    void unknownHotelsAndRoomTypesOfOtherHotelsAreNotFound() {
        long hotelId = newHotel().getHotelId();
        long otherHotelsType = newRoomType(newHotel().getHotelId()).getRoomTypeId();
        assertWritesNothing(() -> assertRefused(() -> hotels.createRoomType(CreateRoomTypeRequest.newBuilder()
                .setHotelId(Long.MAX_VALUE).setRoomType(roomTypeDraft("X")).build()), Code.NOT_FOUND, "HOTEL_NOT_FOUND"));
        assertRefused(() -> hotels.getRoomType(GetRoomTypeRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(otherHotelsType).build()), Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
        assertRefused(() -> hotels.getRoomType(GetRoomTypeRequest.newBuilder().setHotelId(Long.MAX_VALUE)
                .setRoomTypeId(otherHotelsType).build()), Code.NOT_FOUND, "HOTEL_NOT_FOUND");
        assertInvalidField(() -> hotels.getRoomType(GetRoomTypeRequest.newBuilder().setHotelId(hotelId).build()),
                "room_type_id");
        assertRefused(() -> hotels.listRoomTypes(ListRoomTypesRequest.newBuilder().setHotelId(Long.MAX_VALUE).build()),
                Code.NOT_FOUND, "HOTEL_NOT_FOUND");
        assertRefused(() -> hotels.deleteRoomType(DeleteRoomTypeRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(otherHotelsType).build()), Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
    }

    @Test
    void listPagesThroughTheHotelsRoomTypesOnly() {
        long hotelId = newHotel().getHotelId();
        newRoomType(newHotel().getHotelId());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(newRoomType(hotelId).getRoomTypeId());
        }
        List<Long> seen = new ArrayList<>();
        String token = "";
        do {
            ListRoomTypesResponse page = hotels.listRoomTypes(ListRoomTypesRequest.newBuilder().setHotelId(hotelId)
                    .setPageSize(2).setPageToken(token).build());
            page.getRoomTypesList().forEach(t -> seen.add(t.getRoomTypeId()));
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertThat(seen).containsExactlyElementsOf(ids);
        String first = hotels.listRoomTypes(ListRoomTypesRequest.newBuilder().setHotelId(hotelId).setPageSize(1).build())
                .getNextPageToken();
        assertInvalidField(() -> hotels.listRoomTypes(ListRoomTypesRequest.newBuilder().setHotelId(newHotel().getHotelId())
                .setPageToken(first).build()), "page_token");
        assertInvalidField(() -> hotels.listRoomTypes(ListRoomTypesRequest.newBuilder().setHotelId(hotelId)
                .setPageSize(-5).build()), "page_size");
    }

    @Test
    void updateReplacesMaskedFieldsAndRefusesOthers() {
        RoomType t = newRoomType(newHotel().getHotelId());
        RoomType updated = hotels.updateRoomType(UpdateRoomTypeRequest.newBuilder()
                .setRoomType(t.toBuilder().setName("Suite").clearAmenities().addAmenities("minibar").setMaxOccupancy(9))
                .setUpdateMask(FieldMask.newBuilder().addPaths("name").addPaths("amenities")).build()).getRoomType();
        assertThat(updated.getName()).isEqualTo("Suite");
        assertThat(updated.getAmenitiesList()).containsExactly("minibar");
        assertThat(updated.getMaxOccupancy()).isEqualTo(t.getMaxOccupancy());
        long otherHotelId = newHotel().getHotelId();
        assertWritesNothing(() -> {
            assertInvalidField(() -> hotels.updateRoomType(UpdateRoomTypeRequest.newBuilder().setRoomType(updated)
                    .setUpdateMask(FieldMask.newBuilder().addPaths("hotel_id")).build()), "update_mask");
            assertInvalidField(() -> hotels.updateRoomType(UpdateRoomTypeRequest.newBuilder().setRoomType(updated).build()),
                    "update_mask");
            assertInvalidField(() -> hotels.updateRoomType(UpdateRoomTypeRequest.newBuilder()
                    .setRoomType(updated.toBuilder().setMaxOccupancy(30))
                    .setUpdateMask(FieldMask.newBuilder().addPaths("max_occupancy")).build()), "room_type.max_occupancy");
            assertRefused(() -> hotels.updateRoomType(UpdateRoomTypeRequest.newBuilder()
                    .setRoomType(updated.toBuilder().setHotelId(otherHotelId))
                    .setUpdateMask(FieldMask.newBuilder().addPaths("name")).build()), Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
        });
    }

    @Test
    void roomTypeWithRoomsCannotBeDeletedUntilItsRoomsAreGone() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        long roomId = newRoom(hotelId, typeId, "7").getRoomId();
        DeleteRoomTypeRequest delete = DeleteRoomTypeRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(typeId).build();
        assertWritesNothing(() -> {
            Throwable t = assertRefused(() -> hotels.deleteRoomType(delete), Code.FAILED_PRECONDITION, "ROOM_TYPE_HAS_ROOMS");
            assertThat(GrpcErrors.errorInfo(t).orElseThrow().getMetadataMap()).containsEntry("rooms", "1");
        });
        hotels.deleteRoom(DeleteRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(roomId).setForce(true).build());
        assertThat(hotels.deleteRoomType(delete).getCapacity().getTotalRooms()).isZero();
        assertRefused(() -> hotels.getRoomType(GetRoomTypeRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(typeId)
                .build()), Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
    }

    @Test
    void createRoomTypeReplaysItsRequestId() {
        long hotelId = newHotel().getHotelId();
        CreateRoomTypeRequest request = CreateRoomTypeRequest.newBuilder().setHotelId(hotelId)
                .setRoomType(roomTypeDraft("Loft")).setRequestId(UUID.randomUUID().toString()).build();
        RoomType first = hotels.createRoomType(request).getRoomType();
        assertWritesNothing(() -> assertThat(hotels.createRoomType(request).getRoomType()).isEqualTo(first));
        assertRefused(() -> hotels.createRoomType(request.toBuilder().setRoomType(roomTypeDraft("Other")).build()),
                Code.ALREADY_EXISTS, "REQUEST_ID_CONFLICT");
    }
}
