package io.staygrid.inventory.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.TestProbe;
import io.staygrid.inventory.service.InventoryProbe.Point;
import io.staygrid.inventory.v1.HoldRoomsRequest;
import io.staygrid.inventory.v1.HoldRoomsResponse;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.inventory.v1.SetRoomTypeCapacityRequest;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot be reached in time is a transient failure: UNAVAILABLE (DATABASE_UNAVAILABLE), never
 * INTERNAL, so callers treat the outcome as unknown and retry instead of concluding "sold out".
 */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.TinyPool.class)
@QuarkusTestResource(PostgresResource.class)
class DatabaseUnavailableTest {

    /** Two connections and a short acquisition timeout, so the test can hold every connection itself. */
    public static class TinyPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "2", "quarkus.datasource.jdbc.min-size", "0",
                    "quarkus.datasource.jdbc.initial-size", "0", "quarkus.datasource.jdbc.acquisition-timeout", "1s");
        }
    }

    private static final int POOL_SIZE = 2;

    @GrpcClient("self")
    InventoryServiceGrpc.InventoryServiceBlockingStub inventory;
    @Inject
    DataSource dataSource;
    @Inject
    TestInventory db;
    @Inject
    TestProbe probe;

    @AfterEach
    void disarm() {
        probe.disarm();
    }

    @Test
    void aPoolThatStaysExhaustedPastTheAcquisitionTimeoutAnswersDatabaseUnavailable() throws Exception {
        long[] rt = roomType(3);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                held.add(dataSource.getConnection());
            }
            Throwable refused = catchThrowable(() -> inventory.holdRooms(hold(UUID.randomUUID().toString(), rt)));

            assertThat(GrpcErrors.code(refused)).as(String.valueOf(refused)).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(GrpcErrors.reason(refused)).isEqualTo("DATABASE_UNAVAILABLE");
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        assertThat(inventory.holdRooms(hold(UUID.randomUUID().toString(), rt)).getReplayed()).isFalse();
    }

    @Test
    void aConnectionLostInTheMiddleOfAHoldAnswersDatabaseUnavailableAndTakesNothing() throws Exception {
        long[] rt = roomType(3);
        String id = UUID.randomUUID().toString();
        TestProbe.Stall stall = probe.stallAt(Point.HOLD_NIGHTS_LOCKED, rt[0]);
        CompletableFuture<HoldRoomsResponse> call = CompletableFuture.supplyAsync(() -> inventory.holdRooms(hold(id, rt)));
        assertThat(stall.awaitReached(Duration.ofSeconds(20))).isTrue();
        terminateOtherConnections();
        stall.release();
        Throwable refused = catchThrowable(() -> call.get(30, TimeUnit.SECONDS));

        assertThat(GrpcErrors.code(refused)).as(String.valueOf(refused)).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GrpcErrors.reason(refused)).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(db.count("SELECT count(*) FROM inventory_hold WHERE reservation_id = ?::uuid", id)).isZero();
        assertThat(db.invariantViolations()).isEmpty();
    }

    @Test
    void aConnectionLostRightBeforeCommitAnswersDatabaseUnavailableAndCommitsNothing() throws Exception {
        long[] rt = roomType(3);
        String id = UUID.randomUUID().toString();
        TestProbe.Stall stall = probe.stallAt(Point.ROOMS_TAKEN, rt[0]);
        CompletableFuture<HoldRoomsResponse> call = CompletableFuture.supplyAsync(() -> inventory.holdRooms(hold(id, rt)));
        assertThat(stall.awaitReached(Duration.ofSeconds(20))).isTrue();
        terminateOtherConnections();
        stall.release();
        Throwable refused = catchThrowable(() -> call.get(30, TimeUnit.SECONDS));

        assertThat(GrpcErrors.code(refused)).as(String.valueOf(refused)).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GrpcErrors.reason(refused)).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(db.count("SELECT count(*) FROM inventory_hold WHERE reservation_id = ?::uuid", id)).isZero();
        assertThat(db.invariantViolations()).isEmpty();
    }

    private void terminateOtherConnections() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'");
        }
    }

    private long[] roomType(int rooms) {
        long hotel = TestInventory.newId();
        long roomType = TestInventory.newId();
        inventory.setRoomTypeCapacity(SetRoomTypeCapacityRequest.newBuilder().setHotelId(hotel).setRoomTypeId(roomType)
                .setHotelTimeZone("UTC").setRooms(rooms).build());
        return new long[] {hotel, roomType};
    }

    private static HoldRoomsRequest hold(String id, long[] rt) {
        return HoldRoomsRequest.newBuilder().setReservationId(id).setHotelId(rt[0]).setRoomTypeId(rt[1])
                .setStartDate(ProtoTime.toProto(TestInventory.today().plusDays(2)))
                .setEndDate(ProtoTime.toProto(TestInventory.today().plusDays(4))).setRooms(1).build();
    }
}
