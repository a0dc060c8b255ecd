package io.staygrid.hotel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.Status.Code;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.hotel.support.CatalogTest;
import io.staygrid.hotel.support.FakeInventory;
import io.staygrid.hotel.support.FakeInventoryResource;
import io.staygrid.hotel.v1.CapacitySyncState;
import io.staygrid.hotel.v1.GetRoomTypeCapacityRequest;
import io.staygrid.hotel.v1.RoomTypeCapacityStatus;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The relay against writers that commit out of identity order, and against permanent refusals. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(FakeInventoryResource.class)
class CapacityRelayEdgeTest extends CatalogTest {

    private static final FakeInventory INVENTORY = FakeInventory.INSTANCE;

    @Inject
    CapacityRelay relay;

    private RoomTypeCapacityStatus capacity(long hotelId, long typeId) {
        return hotels.getRoomTypeCapacity(GetRoomTypeCapacityRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(typeId)
                .build()).getCapacity();
    }

    /** Inserts an in-service room and its outbox row, as RoomCatalog does, in the connection's transaction. */
    private static long addRoomWithOutboxRow(Connection c, long hotelId, long typeId, String number) throws SQLException {
        try (PreparedStatement room = c.prepareStatement("INSERT INTO room (hotel_id, room_type_id, number, floor, status,"
                + " create_time, update_time) VALUES (?, ?, ?, 1, 'IN_SERVICE', now(), now())")) {
            room.setLong(1, hotelId);
            room.setLong(2, typeId);
            room.setString(3, number);
            room.executeUpdate();
        }
        try (PreparedStatement outbox = c.prepareStatement(
                "INSERT INTO capacity_outbox (hotel_id, room_type_id) VALUES (?, ?) RETURNING outbox_id")) {
            outbox.setLong(1, hotelId);
            outbox.setLong(2, typeId);
            try (ResultSet rs = outbox.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void changeWithLowerIdCommittedDuringDeliveryStaysPendingAndIsDeliveredNext() throws Exception {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        newRoom(hotelId, typeId, "1");
        await().atMost(Duration.ofSeconds(15)).until(() -> Integer.valueOf(1).equals(INVENTORY.appliedRooms(typeId))
                && scalar("SELECT count(*) FROM capacity_outbox WHERE room_type_id = " + typeId) == 0);

        try (Connection slow = dataSource.getConnection(); Connection fast = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            long slowId = addRoomWithOutboxRow(slow, hotelId, typeId, "2");
            long fastId = addRoomWithOutboxRow(fast, hotelId, typeId, "3");
            assertThat(fastId).isGreaterThan(slowId);

            AtomicBoolean slowCommitted = new AtomicBoolean();
            List<Boolean> slowRowPendingAtDelivery = new CopyOnWriteArrayList<>();
            INVENTORY.beforeApplying(typeId, call -> {
                if (slowCommitted.compareAndSet(false, true)) {
                    try {
                        slow.commit(); // the relay has read [fastId] and counted 2 rooms; it deletes after this answer
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                } else {
                    slowRowPendingAtDelivery.add(scalar("SELECT count(*) FROM capacity_outbox WHERE outbox_id = " + slowId) == 1);
                }
            });
            try {
                await().atMost(Duration.ofSeconds(15)).until(() -> {
                    relay.deliverNow(typeId);
                    return slowCommitted.get() && Integer.valueOf(3).equals(INVENTORY.appliedRooms(typeId))
                            && scalar("SELECT count(*) FROM capacity_outbox WHERE room_type_id = " + typeId) == 0;
                });
            } finally {
                INVENTORY.beforeApplying(typeId, call -> { });
            }
            assertThat(INVENTORY.capacityCalls(typeId, false)).extracting(c -> c.getRooms()).containsSubsequence(1, 2, 3);
            assertThat(slowRowPendingAtDelivery).as("the late row was still pending when its change was delivered")
                    .isNotEmpty().first().isEqualTo(true);
        }
        RoomTypeCapacityStatus synced = capacity(hotelId, typeId);
        assertThat(synced.getSyncState()).isEqualTo(CapacitySyncState.CAPACITY_SYNC_STATE_SYNCED);
        assertThat(synced.getInServiceRooms()).isEqualTo(3);
    }

    @Test
    void permanentRefusalIsParkedVisiblyAndRetriedOnlyWithTheNextChange() {
        long hotelId = newHotel().getHotelId();
        long typeId = newRoomType(hotelId).getRoomTypeId();
        await().atMost(Duration.ofSeconds(15)).until(() -> Integer.valueOf(0).equals(INVENTORY.appliedRooms(typeId)));
        INVENTORY.refuse(typeId, Code.INVALID_ARGUMENT, "INVALID_TIME_ZONE");
        try {
            newRoom(hotelId, typeId, "1");
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                RoomTypeCapacityStatus parked = capacity(hotelId, typeId);
                assertThat(parked.getSyncState()).isEqualTo(CapacitySyncState.CAPACITY_SYNC_STATE_PENDING);
                assertThat(parked.getLastSyncError()).startsWith("INVALID_ARGUMENT (INVALID_TIME_ZONE)").contains("parked");
            });
            int attempts = INVENTORY.capacityCalls(typeId, false).size();
            assertThat(relay.deliverNow(typeId)).as("nothing due").isFalse();
            relay.deliverDue();
            // The test backoff is 100-500 ms and the schedule runs every second: a retry would show within 2.5 s.
            await().during(Duration.ofMillis(2500)).atMost(Duration.ofSeconds(5))
                    .until(() -> INVENTORY.capacityCalls(typeId, false).size() == attempts);
            assertThat(scalar("SELECT count(*) FROM capacity_outbox WHERE parked AND room_type_id = " + typeId)).isEqualTo(1);
        } finally {
            INVENTORY.refuse(typeId, null, null);
        }

        newRoom(hotelId, typeId, "2");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            RoomTypeCapacityStatus synced = capacity(hotelId, typeId);
            assertThat(synced.getSyncState()).isEqualTo(CapacitySyncState.CAPACITY_SYNC_STATE_SYNCED);
            assertThat(synced.getLastSyncError()).isEmpty();
            assertThat(INVENTORY.appliedRooms(typeId)).isEqualTo(2);
        });
        assertThat(scalar("SELECT count(*) FROM capacity_outbox WHERE room_type_id = " + typeId)).isZero();
    }
}
