package io.staygrid.hotel.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.FieldMask;
import io.grpc.Status.Code;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.hotel.support.CatalogTest;
import io.staygrid.hotel.support.FakeInventoryResource;
import io.staygrid.hotel.v1.CreateRoomRequest;
import io.staygrid.hotel.v1.DeleteRoomRequest;
import io.staygrid.hotel.v1.GetRoomRequest;
import io.staygrid.hotel.v1.ListRoomsRequest;
import io.staygrid.hotel.v1.ListRoomsResponse;
import io.staygrid.hotel.v1.Room;
import io.staygrid.hotel.v1.RoomStatus;
import io.staygrid.hotel.v1.UpdateRoomRequest;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.testing.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(FakeInventoryResource.class)
class RoomRpcTest extends CatalogTest {

    @Test
    void roomIsCreatedInServiceByDefaultAndReadBack() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        Room room = newRoom(hotelId, typeId, " B-12 ");
        assertThat(room.getNumber()).isEqualTo("B-12");
        assertThat(room.getStatus()).isEqualTo(RoomStatus.ROOM_STATUS_IN_SERVICE);
        assertThat(hotels.getRoom(GetRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(room.getRoomId()).build())
                .getRoom()).isEqualTo(room);
        assertRefused(() -> hotels.getRoom(GetRoomRequest.newBuilder().setHotelId(newHotel().getHotelId())
                .setRoomId(room.getRoomId()).build()), Code.NOT_FOUND, "ROOM_NOT_FOUND");
        assertInvalidField(() -> hotels.getRoom(GetRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(-1).build()),
                "room_id");
    }

    @Test
    void invalidRoomsAreRefusedAndWriteNothing() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        check(hotelId, typeId, r -> r.setNumber(""), "room.number");
        check(hotelId, typeId, r -> r.setNumber("1".repeat(17)), "room.number");
        check(hotelId, typeId, r -> r.setNumber("10 1"), "room.number");
        check(hotelId, typeId, r -> r.setFloor(-11), "room.floor");
        check(hotelId, typeId, r -> r.setFloor(201), "room.floor");
        check(hotelId, typeId, r -> r.setRoomTypeId(0), "room.room_type_id");
        check(hotelId, typeId, r -> r.setStatusValue(42), "room.status");
    }

    private void check(long hotelId, long typeId, UnaryOperator<Room.Builder> breakIt, String field) {
        assertWritesNothing(() -> assertInvalidField(() -> hotels.createRoom(CreateRoomRequest.newBuilder().setHotelId(hotelId)
                .setRoom(breakIt.apply(Room.newBuilder().setNumber("1").setRoomTypeId(typeId))).build()), field));
    }

    @Test
    void roomInAnotherHotelsRoomTypeOrUnknownOneIsNotFound() {
        long hotelId = newHotel().getHotelId();
        long foreignType = newRoomType(newHotel().getHotelId()).getRoomTypeId();
        assertWritesNothing(() -> {
            assertRefused(() -> newRoom(hotelId, foreignType, "1"), Code.NOT_FOUND, "ROOM_TYPE_IN_OTHER_HOTEL");
            assertRefused(() -> newRoom(hotelId, Long.MAX_VALUE, "1"), Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
            assertRefused(() -> newRoom(Long.MAX_VALUE, foreignType, "1"), Code.NOT_FOUND, "HOTEL_NOT_FOUND");
        });
    }

    @Test
    void roomNumbersAreUniquePerHotelIgnoringCase() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        newRoom(hotelId, typeId, "A1");
        assertWritesNothing(() -> {
            Throwable t = assertRefused(() -> newRoom(hotelId, typeId, "a1"), Code.ALREADY_EXISTS, "ROOM_NUMBER_TAKEN");
            assertThat(GrpcErrors.errorInfo(t).orElseThrow().getMetadataMap()).containsEntry("number", "a1");
        });
        long otherHotel = newHotel().getHotelId();
        assertThat(newRoom(otherHotel, newRoomType(otherHotel).getRoomTypeId(), "A1").getRoomId()).isPositive();

        Room second = newRoom(hotelId, typeId, "A2");
        assertWritesNothing(() -> assertRefused(() -> hotels.updateRoom(UpdateRoomRequest.newBuilder()
                .setRoom(second.toBuilder().setNumber("A1")).setUpdateMask(FieldMask.newBuilder().addPaths("number"))
                .build()), Code.ALREADY_EXISTS, "ROOM_NUMBER_TAKEN"));
    }

    @Test
    void duplicateRoomNumberRaceCreatesExactlyOneRoom() throws Exception {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        int racers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String number = i % 2 == 0 ? "Race-1" : "race-1";
                outcomes.add(pool.submit(outcome(() -> newRoom(hotelId, typeId, number))));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertThat(results).filteredOn("OK"::equals).hasSize(1);
            assertThat(results).filteredOn("ROOM_NUMBER_TAKEN"::equals).hasSize(racers - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(scalar("SELECT count(*) FROM room WHERE hotel_id = " + hotelId)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfOneRequestIdCreateOneRoom() throws Exception {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        CreateRoomRequest request = CreateRoomRequest.newBuilder().setHotelId(hotelId).setRequestId(UUID.randomUUID().toString())
                .setRoom(Room.newBuilder().setNumber("300").setRoomTypeId(typeId)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ids.add(pool.submit(() -> hotels.createRoom(request).getRoom().getRoomId()));
            }
            long first = ids.get(0).get();
            for (Future<Long> id : ids) {
                assertThat(id.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(scalar("SELECT count(*) FROM room WHERE hotel_id = " + hotelId)).isEqualTo(1);
    }

    private static Callable<String> outcome(Runnable call) {
        return () -> {
            try {
                call.run();
                return "OK";
            } catch (RuntimeException e) {
                return GrpcErrors.reason(e);
            }
        };
    }

    @Test
    void listFiltersByRoomTypeAndStatusAndPages() {
        long hotelId = newHotel().getHotelId();
        long typeA = newRoomType(hotelId).getRoomTypeId();
        long typeB = newRoomType(hotelId).getRoomTypeId();
        List<Long> aRooms = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            aRooms.add(newRoom(hotelId, typeA, "A" + i).getRoomId());
        }
        newRoom(hotelId, typeB, "B0");
        Room closed = hotels.createRoom(CreateRoomRequest.newBuilder().setHotelId(hotelId).setRoom(Room.newBuilder()
                .setNumber("B1").setRoomTypeId(typeB).setStatus(RoomStatus.ROOM_STATUS_OUT_OF_SERVICE)).build()).getRoom();

        List<Long> seen = new ArrayList<>();
        String token = "";
        do {
            ListRoomsResponse page = hotels.listRooms(ListRoomsRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(typeA)
                    .setPageSize(2).setPageToken(token).build());
            page.getRoomsList().forEach(r -> seen.add(r.getRoomId()));
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertThat(seen).containsExactlyElementsOf(aRooms);
        assertThat(hotels.listRooms(ListRoomsRequest.newBuilder().setHotelId(hotelId)
                .setStatus(RoomStatus.ROOM_STATUS_OUT_OF_SERVICE).build()).getRoomsList()).containsExactly(closed);
        assertThat(hotels.listRooms(ListRoomsRequest.newBuilder().setHotelId(hotelId).build()).getRoomsCount()).isEqualTo(5);

        long foreignType = newRoomType(newHotel().getHotelId()).getRoomTypeId();
        assertRefused(() -> hotels.listRooms(ListRoomsRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(foreignType)
                .build()), Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
        assertRefused(() -> hotels.listRooms(ListRoomsRequest.newBuilder().setHotelId(Long.MAX_VALUE).build()),
                Code.NOT_FOUND, "HOTEL_NOT_FOUND");
        String typeAToken = hotels.listRooms(ListRoomsRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(typeA)
                .setPageSize(1).build()).getNextPageToken();
        assertInvalidField(() -> hotels.listRooms(ListRoomsRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(typeB)
                .setPageToken(typeAToken).build()), "page_token");
    }

    @Test
    void updateMovesARoomAndRefusesBadMasksAndForeignRoomTypes() {
        long hotelId = newHotel().getHotelId();
        long typeA = newRoomType(hotelId).getRoomTypeId();
        long typeB = newRoomType(hotelId).getRoomTypeId();
        Room room = newRoom(hotelId, typeA, "11");
        Room moved = hotels.updateRoom(UpdateRoomRequest.newBuilder()
                .setRoom(room.toBuilder().setRoomTypeId(typeB).setFloor(3).setNumber("ignored"))
                .setUpdateMask(FieldMask.newBuilder().addPaths("room_type_id").addPaths("floor")).setForce(true).build())
                .getRoom();
        assertThat(moved.getRoomTypeId()).isEqualTo(typeB);
        assertThat(moved.getFloor()).isEqualTo(3);
        assertThat(moved.getNumber()).isEqualTo("11");

        long foreignType = newRoomType(newHotel().getHotelId()).getRoomTypeId();
        assertWritesNothing(() -> {
            assertInvalidField(() -> updateRoom(moved.toBuilder(), "hotel_id"), "update_mask");
            assertInvalidField(() -> hotels.updateRoom(UpdateRoomRequest.newBuilder().setRoom(moved).build()), "update_mask");
            assertInvalidField(() -> updateRoom(moved.toBuilder().setFloor(500), "floor"), "room.floor");
            assertInvalidField(() -> updateRoom(moved.toBuilder().setStatus(RoomStatus.ROOM_STATUS_UNSPECIFIED), "status"),
                    "room.status");
            assertRefused(() -> updateRoom(moved.toBuilder().setRoomTypeId(foreignType), "room_type_id"), Code.NOT_FOUND,
                    "ROOM_TYPE_IN_OTHER_HOTEL");
            assertRefused(() -> updateRoom(moved.toBuilder().setRoomTypeId(Long.MAX_VALUE), "room_type_id"), Code.NOT_FOUND,
                    "ROOM_TYPE_NOT_FOUND");
            assertRefused(() -> updateRoom(moved.toBuilder().setRoomId(Long.MAX_VALUE), "floor"), Code.NOT_FOUND,
                    "ROOM_NOT_FOUND");
        });
    }

    private void updateRoom(Room.Builder room, String path) {
        hotels.updateRoom(UpdateRoomRequest.newBuilder().setRoom(room).setUpdateMask(FieldMask.newBuilder().addPaths(path))
                .setForce(true).build());
    }

    @Test
    void deletedRoomIsGone() {
        long hotelId = newHotel().getHotelId();
        Room room = newRoom(hotelId, newRoomType(hotelId).getRoomTypeId(), "9");
        DeleteRoomRequest delete = DeleteRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(room.getRoomId())
                .setForce(true).build();
        assertThat(hotels.deleteRoom(delete).getCapacity().getTotalRooms()).isZero();
        assertRefused(() -> hotels.deleteRoom(delete), Code.NOT_FOUND, "ROOM_NOT_FOUND");
        assertRefused(() -> hotels.getRoom(GetRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(room.getRoomId())
                .build()), Code.NOT_FOUND, "ROOM_NOT_FOUND");
    }
}
