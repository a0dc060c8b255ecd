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
import io.staygrid.hotel.v1.DeleteRoomRequest;
import io.staygrid.hotel.v1.GetRoomTypeCapacityRequest;
import io.staygrid.hotel.v1.Room;
import io.staygrid.hotel.v1.RoomStatus;
import io.staygrid.hotel.v1.RoomTypeCapacityStatus;
import io.staygrid.hotel.v1.UpdateRoomRequest;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The capacity relay never makes capacity that does not exist: rooms and out-of-service counts arrive together, a
 * reduction nobody forced is never delivered forced, and date or sold-out refusals of a delivery are retried.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(FakeInventoryResource.class)
class CapacityRelayRaceTest extends CatalogTest {

    private static final FakeInventory INVENTORY = FakeInventory.INSTANCE;
    private static final Duration SYNC_WAIT = Duration.ofSeconds(15);

    @AfterEach
    void inventoryBackToNormal() {
        INVENTORY.reset();
    }

    @Test
    void aRoomBackInServiceWithAnOutageNeverOverstatesTheOutageNightsEvenWhenTheOutOfServicePushFails() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        newRoom(hotelId, typeId, "1");
        Room closed = hotels.createRoom(CreateRoomRequest.newBuilder().setHotelId(hotelId).setRoom(Room.newBuilder()
                .setNumber("2").setRoomTypeId(typeId).setStatus(RoomStatus.ROOM_STATUS_OUT_OF_SERVICE)).build()).getRoom();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        outage(hotelId, closed.getRoomId(), today.plusDays(2), today.plusDays(5), false);
        awaitSynced(hotelId, typeId, 1);
        INVENTORY.refuseOutOfService(typeId, Code.UNAVAILABLE);
        try {
            updateRoom(closed.toBuilder().setStatus(RoomStatus.ROOM_STATUS_IN_SERVICE), "status", false);
            await().atMost(SYNC_WAIT).until(() -> Integer.valueOf(2).equals(INVENTORY.appliedRooms(typeId)));

            // Two rooms in service, one of them out of service on the outage nights: one room may be sold there.
            assertThat(INVENTORY.sellable(typeId, today.plusDays(3))).as("rooms sellable on an outage night").isLessThanOrEqualTo(1);
        } finally {
            INVENTORY.refuseOutOfService(typeId, null);
        }
        awaitSynced(hotelId, typeId, 2);
        await().atMost(SYNC_WAIT).until(() -> INVENTORY.sellable(typeId, today.plusDays(3)) == 1);
    }

    @Test
    void aHoldLandingRightAfterAnUnforcedReductionWasAcceptedIsNeverOverbookedByItsDelivery() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        Room first = newRoom(hotelId, typeId, "1");
        newRoom(hotelId, typeId, "2");
        awaitSynced(hotelId, typeId, 2);
        INVENTORY.setSold(typeId, 1);
        AtomicBoolean lateHoldTaken = new AtomicBoolean();
        INVENTORY.afterUnforcedReduction(typeId, request -> lateHoldTaken.set(INVENTORY.tryHold(typeId)));
        try {
            updateRoom(first.toBuilder().setStatus(RoomStatus.ROOM_STATUS_OUT_OF_SERVICE), "status", false);
            awaitSynced(hotelId, typeId, 1);

            assertThat(INVENTORY.sold(typeId)).as("rooms sold (late hold taken: %s) against %d in service; nobody forced",
                    lateHoldTaken.get(), INVENTORY.appliedRooms(typeId)).isLessThanOrEqualTo(INVENTORY.appliedRooms(typeId));
            assertThat(INVENTORY.capacityCalls(typeId, false)).as("nobody forced anything").allSatisfy(c -> assertThat(c.getForce()).isFalse());
        } finally {
            INVENTORY.setSold(typeId, 0);
        }
    }

    @Test
    void anOutageStartingOnHotelSvcsTodayIsAppliedWhenInventoryIsAlreadyPastMidnight() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        Room room = newRoom(hotelId, typeId, "1");
        newRoom(hotelId, typeId, "2");
        awaitSynced(hotelId, typeId, 2);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        INVENTORY.setDayOffset(1);

        outage(hotelId, room.getRoomId(), today, today.plusDays(3), true);

        await().atMost(SYNC_WAIT).untilAsserted(() -> {
            assertThat(INVENTORY.appliedOutOfService(typeId, today.plusDays(1))).isEqualTo(1);
            assertThat(INVENTORY.appliedOutOfService(typeId, today.plusDays(2))).isEqualTo(1);
            assertThat(capacity(hotelId, typeId).getSyncState()).isEqualTo(CapacitySyncState.CAPACITY_SYNC_STATE_SYNCED);
        });
    }

    @Test
    void anOutageUpToHotelSvcsHorizonWaitsUntilInventorysHorizonReachesItsLastNight() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        Room room = newRoom(hotelId, typeId, "1");
        newRoom(hotelId, typeId, "2");
        awaitSynced(hotelId, typeId, 2);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        INVENTORY.setDayOffset(-1);

        outage(hotelId, room.getRoomId(), today.plusDays(700), today.plusDays(730), true);
        await().atMost(SYNC_WAIT).until(() -> capacity(hotelId, typeId).getLastSyncError().contains("horizon"));
        assertThat(capacity(hotelId, typeId).getSyncState()).isEqualTo(CapacitySyncState.CAPACITY_SYNC_STATE_PENDING);
        INVENTORY.setDayOffset(0);

        awaitSynced(hotelId, typeId, 2);
        assertThat(INVENTORY.appliedOutOfService(typeId, today.plusDays(729))).isEqualTo(1);
    }

    @Test
    void aReductionAppliedInInventoryWhoseCatalogChangeRolledBackIsUndoneByTheRelay() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        Room first = newRoom(hotelId, typeId, "1");
        newRoom(hotelId, typeId, "2");
        awaitSynced(hotelId, typeId, 2);
        INVENTORY.loseNextAnswer(typeId);

        assertRefused(() -> hotels.deleteRoom(DeleteRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(first.getRoomId())
                .build()), Code.UNAVAILABLE, "INVENTORY_UNAVAILABLE");

        await().atMost(SYNC_WAIT).untilAsserted(() -> assertThat(INVENTORY.capacityCalls(typeId, false))
                .extracting(c -> c.getRooms()).as("applied, answer lost, then restored from the catalog").containsSubsequence(1, 2));
        awaitSynced(hotelId, typeId, 2);
        assertThat(scalar("SELECT count(*) FROM room WHERE room_id = " + first.getRoomId())).isEqualTo(1);
        assertThat(scalar("SELECT count(*) FROM capacity_resync WHERE room_type_id = " + typeId)).isZero();
    }

    @Test
    void aDateRefusalOfADeliveryIsRetriedWithBackoffNotParked() {
        assertRetriedNotParked(Code.INVALID_ARGUMENT, "INVALID_DATE_RANGE");
    }

    @Test
    void aSoldOutRefusalOfAnUnforcedDeliveryIsRetriedWithBackoffNotParked() {
        assertRetriedNotParked(Code.FAILED_PRECONDITION, "CAPACITY_BELOW_RESERVED");
    }

    private void assertRetriedNotParked(Code code, String reason) {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        awaitSynced(hotelId, typeId, 0);
        INVENTORY.refuse(typeId, code, reason);
        try {
            newRoom(hotelId, typeId, "1");
            await().atMost(SYNC_WAIT).until(() -> capacity(hotelId, typeId).getLastSyncError().contains(reason));
            assertThat(capacity(hotelId, typeId).getLastSyncError()).doesNotContain("parked");
        } finally {
            INVENTORY.refuse(typeId, null, null);
        }
        awaitSynced(hotelId, typeId, 1);
    }

    private RoomTypeCapacityStatus capacity(long hotelId, long typeId) {
        return hotels.getRoomTypeCapacity(GetRoomTypeCapacityRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(typeId)
                .build()).getCapacity();
    }

    private void awaitSynced(long hotelId, long typeId, int inServiceRooms) {
        await().atMost(SYNC_WAIT).untilAsserted(() -> {
            RoomTypeCapacityStatus c = capacity(hotelId, typeId);
            assertThat(c.getSyncState()).isEqualTo(CapacitySyncState.CAPACITY_SYNC_STATE_SYNCED);
            assertThat(c.getInServiceRooms()).isEqualTo(inServiceRooms);
            assertThat(INVENTORY.appliedRooms(typeId)).isEqualTo(inServiceRooms);
        });
    }

    private long outage(long hotelId, long roomId, LocalDate start, LocalDate end, boolean force) {
        return hotels.createRoomOutage(CreateRoomOutageRequest.newBuilder().setHotelId(hotelId).setRoomId(roomId)
                .setStartDate(ProtoTime.toProto(start)).setEndDate(ProtoTime.toProto(end)).setForce(force).build())
                .getOutage().getOutageId();
    }

    private void updateRoom(Room.Builder room, String path, boolean force) {
        hotels.updateRoom(UpdateRoomRequest.newBuilder().setRoom(room).setUpdateMask(FieldMask.newBuilder().addPaths(path))
                .setForce(force).build());
    }
}
