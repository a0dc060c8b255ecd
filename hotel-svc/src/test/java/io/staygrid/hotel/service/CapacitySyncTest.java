package io.staygrid.hotel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.FieldMask;
import io.grpc.Status.Code;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.hotel.support.CatalogTest;
import io.staygrid.hotel.support.FakeInventory;
import io.staygrid.hotel.support.FakeInventoryResource;
import io.staygrid.hotel.v1.CapacitySyncState;
import io.staygrid.hotel.v1.CreateRoomOutageRequest;
import io.staygrid.hotel.v1.CreateRoomRequest;
import io.staygrid.hotel.v1.DeleteHotelRequest;
import io.staygrid.hotel.v1.DeleteRoomOutageRequest;
import io.staygrid.hotel.v1.DeleteRoomRequest;
import io.staygrid.hotel.v1.DeleteRoomTypeRequest;
import io.staygrid.hotel.v1.GetRoomTypeCapacityRequest;
import io.staygrid.hotel.v1.Room;
import io.staygrid.hotel.v1.RoomStatus;
import io.staygrid.hotel.v1.RoomTypeCapacityStatus;
import io.staygrid.hotel.v1.UpdateRoomRequest;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(FakeInventoryResource.class)
class CapacitySyncTest extends CatalogTest {

    private static final FakeInventory INVENTORY = FakeInventory.INSTANCE;

    @Inject
    CapacityRelay relay;

    @AfterEach
    void inventoryBackUp() {
        INVENTORY.setDown(false);
    }

    private RoomTypeCapacityStatus capacity(long hotelId, long typeId) {
        return hotels.getRoomTypeCapacity(GetRoomTypeCapacityRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(typeId)
                .build()).getCapacity();
    }

    private void awaitSynced(long hotelId, long typeId, int inServiceRooms) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            RoomTypeCapacityStatus c = capacity(hotelId, typeId);
            assertThat(c.getSyncState()).isEqualTo(CapacitySyncState.CAPACITY_SYNC_STATE_SYNCED);
            assertThat(c.getInServiceRooms()).isEqualTo(inServiceRooms);
            assertThat(INVENTORY.appliedRooms(typeId)).isEqualTo(inServiceRooms);
        });
    }

    private int lastDelivered(long typeId) {
        List<io.staygrid.inventory.v1.SetRoomTypeCapacityRequest> calls = INVENTORY.capacityCalls(typeId, false);
        return calls.get(calls.size() - 1).getRooms();
    }

    @Test
    void roomChangesReachInventoryAsUnforcedAbsoluteCountsWhenNobodyForced() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        awaitSynced(hotelId, typeId, 0);
        RoomTypeCapacityStatus afterCreate = hotels.createRoom(CreateRoomRequest.newBuilder().setHotelId(hotelId)
                .setRoom(Room.newBuilder().setNumber("1").setRoomTypeId(typeId)).build()).getCapacity();
        assertThat(afterCreate.getSyncState()).isEqualTo(CapacitySyncState.CAPACITY_SYNC_STATE_PENDING);
        assertThat(afterCreate.getInServiceRooms()).isEqualTo(1);
        assertThat(afterCreate.hasPendingSinceTime()).isTrue();
        newRoom(hotelId, typeId, "2");
        newRoom(hotelId, typeId, "3");
        hotels.createRoom(CreateRoomRequest.newBuilder().setHotelId(hotelId).setRoom(Room.newBuilder().setNumber("4")
                .setRoomTypeId(typeId).setStatus(RoomStatus.ROOM_STATUS_OUT_OF_SERVICE)).build());
        awaitSynced(hotelId, typeId, 3);
        RoomTypeCapacityStatus synced = capacity(hotelId, typeId);
        assertThat(synced.getTotalRooms()).isEqualTo(4);
        assertThat(synced.hasLastSyncTime()).isTrue();
        assertThat(synced.hasPendingSinceTime()).isFalse();
        assertThat(synced.getLastSyncError()).isEmpty();
        assertThat(INVENTORY.capacityCalls(typeId, false)).allSatisfy(c -> {
            assertThat(c.getForce()).as("nobody forced a change").isFalse();
            assertThat(c.getHotelTimeZone()).isEqualTo("Europe/Paris");
            assertThat(c.getHotelId()).isEqualTo(hotelId);
        });
        assertThat(INVENTORY.capacityCalls(typeId, true)).as("additions are never checked").isEmpty();
    }

    @Test
    void reductionsBelowSoldRoomsAreRefusedUnlessForcedAndWriteNothing() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        long otherType = newRoomType(hotelId).getRoomTypeId();
        Room room = newRoom(hotelId, typeId, "1");
        newRoom(hotelId, typeId, "2");
        awaitSynced(hotelId, typeId, 2);
        INVENTORY.setSold(typeId, 2);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

        assertWritesNothing(() -> {
            Throwable t = assertRefused(() -> hotels.deleteRoom(DeleteRoomRequest.newBuilder().setHotelId(hotelId)
                    .setRoomId(room.getRoomId()).build()), Code.FAILED_PRECONDITION, "CAPACITY_BELOW_RESERVED");
            assertThat(GrpcErrors.errorInfo(t).orElseThrow().getMetadataMap())
                    .containsAllEntriesOf(Map.of("room_type_id", Long.toString(typeId), "date", "2030-01-01"));
            assertRefused(() -> updateRoom(room.toBuilder().setStatus(RoomStatus.ROOM_STATUS_OUT_OF_SERVICE), "status", false),
                    Code.FAILED_PRECONDITION, "CAPACITY_BELOW_RESERVED");
            assertRefused(() -> updateRoom(room.toBuilder().setRoomTypeId(otherType), "room_type_id", false),
                    Code.FAILED_PRECONDITION, "CAPACITY_BELOW_RESERVED");
            assertRefused(() -> hotels.createRoomOutage(CreateRoomOutageRequest.newBuilder().setHotelId(hotelId)
                    .setRoomId(room.getRoomId()).setStartDate(ProtoTime.toProto(today.plusDays(1)))
                    .setEndDate(ProtoTime.toProto(today.plusDays(3))).build()), Code.FAILED_PRECONDITION,
                    "CAPACITY_BELOW_RESERVED");
        });
        // Each refused change was applied unforced and refused: three with one room left, the outage with one room out.
        assertThat(INVENTORY.refusedCapacityCalls(typeId)).extracting(c -> c.getRooms()).containsExactly(1, 1, 1, 2);
        assertThat(INVENTORY.refusedCapacityCalls(typeId).get(3).getOutOfServiceSegmentsList())
                .extracting(s -> s.getRooms()).containsOnly(1);
        assertThat(INVENTORY.capacityCalls(typeId, true)).as("validate_only is not used any more").isEmpty();

        int refusedBefore = INVENTORY.refusedCapacityCalls(typeId).size();
        int callsBefore = INVENTORY.capacityCalls.size();
        hotels.deleteRoom(DeleteRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(room.getRoomId()).setForce(true).build());
        awaitSynced(hotelId, typeId, 1);
        assertThat(INVENTORY.refusedCapacityCalls(typeId)).as("force skips the unforced apply").hasSize(refusedBefore);
        assertThat(INVENTORY.capacityCalls.subList(callsBefore, INVENTORY.capacityCalls.size()))
                .filteredOn(c -> c.getRoomTypeId() == typeId && c.getRooms() == 1)
                .as("the forced reduction is delivered forced").isNotEmpty().allSatisfy(c -> assertThat(c.getForce()).isTrue());
        INVENTORY.setSold(typeId, 0);
    }

    @Test
    void reductionWithinUnsoldRoomsIsCheckedThenApplied() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        Room room = newRoom(hotelId, typeId, "1");
        newRoom(hotelId, typeId, "2");
        awaitSynced(hotelId, typeId, 2);
        INVENTORY.setSold(typeId, 1);
        List<String> statusWhenOneRoomWasApplied = new java.util.concurrent.CopyOnWriteArrayList<>();
        INVENTORY.beforeApplying(typeId, call -> {
            if (call.getRooms() == 1) {
                statusWhenOneRoomWasApplied.add(text("SELECT status FROM room WHERE room_id = " + room.getRoomId()));
            }
        });
        try {
            Room closed = hotels.updateRoom(UpdateRoomRequest.newBuilder()
                    .setRoom(room.toBuilder().setStatus(RoomStatus.ROOM_STATUS_OUT_OF_SERVICE))
                    .setUpdateMask(FieldMask.newBuilder().addPaths("status")).build()).getRoom();
            assertThat(closed.getStatus()).isEqualTo(RoomStatus.ROOM_STATUS_OUT_OF_SERVICE);
            assertThat(statusWhenOneRoomWasApplied).as("checked by applying it, unforced, before the change committed")
                    .first().isEqualTo("IN_SERVICE");
            awaitSynced(hotelId, typeId, 1);
        } finally {
            INVENTORY.beforeApplying(typeId, call -> { });
        }
        assertThat(INVENTORY.capacityCalls(typeId, false)).as("nobody forced it").allSatisfy(c -> assertThat(c.getForce()).isFalse());
        INVENTORY.setSold(typeId, 0);
    }

    @Test
    void unreachableInventoryRefusesUnforcedReductionsButNeverLosesAChange() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        Room first = newRoom(hotelId, typeId, "1");
        awaitSynced(hotelId, typeId, 1);

        INVENTORY.setDown(true);
        assertWritesNothing(() -> assertRefused(() -> hotels.deleteRoom(DeleteRoomRequest.newBuilder().setHotelId(hotelId)
                .setRoomId(first.getRoomId()).build()), Code.UNAVAILABLE, "INVENTORY_UNAVAILABLE"));
        newRoom(hotelId, typeId, "2");
        newRoom(hotelId, typeId, "3");
        hotels.deleteRoom(DeleteRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(first.getRoomId()).setForce(true)
                .build());
        relay.deliverDue();
        relay.deliverNow(typeId);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            RoomTypeCapacityStatus pending = capacity(hotelId, typeId);
            assertThat(pending.getSyncState()).isEqualTo(CapacitySyncState.CAPACITY_SYNC_STATE_PENDING);
            assertThat(pending.getLastSyncError()).contains("UNAVAILABLE");
        });
        assertThat(INVENTORY.appliedRooms(typeId)).isEqualTo(1);

        INVENTORY.setDown(false);
        relay.deliverNow(typeId);
        awaitSynced(hotelId, typeId, 2);
        assertThat(lastDelivered(typeId)).isEqualTo(2);
        assertThat(capacity(hotelId, typeId).getLastSyncError()).isEmpty();
        assertThat(scalar("SELECT count(*) FROM capacity_outbox WHERE room_type_id = " + typeId)).isZero();
    }

    @Test
    void scheduledRelayRetriesOnItsOwnOnceInventoryIsBack() {
        long hotelId = newHotel().getHotelId();
        INVENTORY.setDown(true);
        long typeId = newRoomType(hotelId).getRoomTypeId();
        newRoom(hotelId, typeId, "1");
        await().atMost(Duration.ofSeconds(10)).until(() -> !capacity(hotelId, typeId).getLastSyncError().isEmpty());
        INVENTORY.setDown(false);
        awaitSynced(hotelId, typeId, 1);
    }

    @Test
    void outagesReachInventoryAsOutOfServiceCountsPerDate() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        long room1 = newRoom(hotelId, typeId, "1").getRoomId();
        Room room2 = newRoom(hotelId, typeId, "2");
        newRoom(hotelId, typeId, "3");
        awaitSynced(hotelId, typeId, 3);
        LocalDate d = LocalDate.now(ZoneId.of("Europe/Paris"));

        long firstOutage = outage(hotelId, room1, d.plusDays(2), d.plusDays(6));
        outage(hotelId, room2.getRoomId(), d.plusDays(4), d.plusDays(8));
        outage(hotelId, room1, d.plusDays(5), d.plusDays(7));
        awaitOutOfService(typeId, d, 0, 0, 1, 1, 2, 2, 2, 1, 0);
        assertThat(INVENTORY.outOfServiceCalls(typeId, false)).as("counts travel with the rooms in service").isEmpty();
        assertThat(INVENTORY.capacityCalls(typeId, false)).filteredOn(c -> c.getOutOfServiceSegmentsCount() > 0)
                .as("outages nobody forced are applied unforced").isNotEmpty().allSatisfy(c -> assertThat(c.getForce()).isFalse());

        hotels.deleteRoomOutage(DeleteRoomOutageRequest.newBuilder().setHotelId(hotelId).setRoomId(room1)
                .setOutageId(firstOutage).build());
        awaitOutOfService(typeId, d, 0, 0, 0, 0, 1, 2, 2, 1, 0);

        updateRoom(room2.toBuilder().setStatus(RoomStatus.ROOM_STATUS_OUT_OF_SERVICE), "status", true);
        awaitOutOfService(typeId, d, 0, 0, 0, 0, 0, 1, 1, 0, 0);
        awaitSynced(hotelId, typeId, 2);
    }

    private long outage(long hotelId, long roomId, LocalDate start, LocalDate end) {
        return hotels.createRoomOutage(CreateRoomOutageRequest.newBuilder().setHotelId(hotelId).setRoomId(roomId)
                .setStartDate(ProtoTime.toProto(start)).setEndDate(ProtoTime.toProto(end)).build()).getOutage().getOutageId();
    }

    private void awaitOutOfService(long typeId, LocalDate today, int... perDay) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            for (int i = 0; i < perDay.length; i++) {
                assertThat(INVENTORY.appliedOutOfService(typeId, today.plusDays(i))).as("day +" + i).isEqualTo(perDay[i]);
            }
        });
    }

    @Test
    void deletedRoomTypesAndHotelsAreRetiredInInventory() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        long roomId = newRoom(hotelId, typeId, "1").getRoomId();
        awaitSynced(hotelId, typeId, 1);
        hotels.deleteRoom(DeleteRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(roomId).build());
        RoomTypeCapacityStatus deleted = hotels.deleteRoomType(DeleteRoomTypeRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(typeId).build()).getCapacity();
        assertThat(deleted.getSyncState()).isEqualTo(CapacitySyncState.CAPACITY_SYNC_STATE_PENDING);
        await().atMost(Duration.ofSeconds(15)).until(() -> INVENTORY.appliedRooms(typeId) == 0
                && scalar("SELECT count(*) FROM capacity_sync WHERE room_type_id = " + typeId) == 0);

        long doomedType = newRoomType(hotelId).getRoomTypeId();
        newRoom(hotelId, doomedType, "1");
        newRoom(hotelId, doomedType, "2");
        awaitSynced(hotelId, doomedType, 2);
        hotels.deleteHotel(DeleteHotelRequest.newBuilder().setHotelId(hotelId).setForce(true).build());
        await().atMost(Duration.ofSeconds(15)).until(() -> INVENTORY.appliedRooms(doomedType) == 0);
        assertThat(lastDelivered(doomedType)).isZero();
    }

    @Test
    void capacityOfUnknownOrForeignRoomTypesIsRefused() {
        long hotelId = newHotel().getHotelId();
        long foreign = newRoomType(newHotel().getHotelId()).getRoomTypeId();
        assertInvalidField(() -> capacity(0, foreign), "hotel_id");
        assertInvalidField(() -> capacity(hotelId, 0), "room_type_id");
        assertRefused(() -> capacity(hotelId, foreign), Code.NOT_FOUND, "ROOM_TYPE_NOT_FOUND");
        assertRefused(() -> capacity(Long.MAX_VALUE, foreign), Code.NOT_FOUND, "HOTEL_NOT_FOUND");
    }

    @Test
    void severalRelaysRacingDeliverEveryRoomTypeWithItsFinalCount() throws Exception {
        long hotelId = newHotel().getHotelId();
        INVENTORY.setDown(true);
        List<Long> types = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            long typeId = newRoomType(hotelId).getRoomTypeId();
            types.add(typeId);
            for (int r = 0; r <= t; r++) {
                newRoom(hotelId, typeId, t + "-" + r);
            }
        }
        INVENTORY.setDown(false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<Integer>) relay::deliverDue));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int t = 0; t < types.size(); t++) {
            awaitSynced(hotelId, types.get(t), t + 1);
            assertThat(lastDelivered(types.get(t))).isEqualTo(t + 1);
        }
    }

    private void updateRoom(Room.Builder room, String path, boolean force) {
        hotels.updateRoom(UpdateRoomRequest.newBuilder().setRoom(room).setUpdateMask(FieldMask.newBuilder().addPaths(path))
                .setForce(force).build());
    }
}
