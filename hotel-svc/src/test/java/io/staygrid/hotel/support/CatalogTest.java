package io.staygrid.hotel.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.agroal.api.AgroalDataSource;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.staygrid.hotel.v1.BedConfiguration;
import io.staygrid.hotel.v1.BedGroup;
import io.staygrid.hotel.v1.BedType;
import io.staygrid.hotel.v1.CreateHotelRequest;
import io.staygrid.hotel.v1.CreateRoomRequest;
import io.staygrid.hotel.v1.CreateRoomTypeRequest;
import io.staygrid.hotel.v1.Hotel;
import io.staygrid.hotel.v1.HotelServiceGrpc.HotelServiceBlockingStub;
import io.staygrid.hotel.v1.Room;
import io.staygrid.hotel.v1.RoomType;
import io.staygrid.support.error.GrpcErrors;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What every hotel-svc gRPC test needs: the service's own stub, fixtures, error and "nothing written" checks. */
public abstract class CatalogTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @GrpcClient("self")
    protected HotelServiceBlockingStub hotels;

    @Inject
    protected AgroalDataSource dataSource;

    protected static String unique(String prefix) {
        return prefix + "-" + UNIQUE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    protected static Hotel.Builder hotelDraft(String city) {
        return Hotel.newBuilder().setName("Hotel " + city).addAddressLines("1 Main Street").setCity(city)
                .setPostalCode("75001").setCountryCode("FR").setTimeZone("Europe/Paris").setCurrencyCode("EUR")
                .setStarRating(4).setDescription("A test hotel");
    }

    protected static RoomType.Builder roomTypeDraft(String name) {
        return RoomType.newBuilder().setName(name).setDescription("Test room type").setMaxOccupancy(2)
                .setBedConfiguration(BedConfiguration.newBuilder()
                        .addBedGroups(BedGroup.newBuilder().setBedType(BedType.BED_TYPE_DOUBLE).setCount(1)))
                .addAmenities("wifi");
    }

    protected Hotel newHotel() {
        return hotels.createHotel(CreateHotelRequest.newBuilder().setHotel(hotelDraft(unique("City"))).build()).getHotel();
    }

    protected RoomType newRoomType(long hotelId) {
        return hotels.createRoomType(CreateRoomTypeRequest.newBuilder().setHotelId(hotelId)
                .setRoomType(roomTypeDraft("Double")).build()).getRoomType();
    }

    protected Room newRoom(long hotelId, long roomTypeId, String number) {
        return hotels.createRoom(CreateRoomRequest.newBuilder().setHotelId(hotelId)
                .setRoom(Room.newBuilder().setNumber(number).setFloor(1).setRoomTypeId(roomTypeId)).build()).getRoom();
    }

    /** Asserts the call fails with this status code and ErrorInfo reason (domain hotel.staygrid.io). */
    protected static Throwable assertRefused(ThrowingCallable call, Status.Code code, String reason) {
        Throwable t = catchThrowable(call);
        assertThat(t).as("expected %s %s", code, reason).isNotNull();
        assertThat(GrpcErrors.code(t)).as(String.valueOf(t)).isEqualTo(code);
        assertThat(GrpcErrors.reason(t)).isEqualTo(reason);
        assertThat(GrpcErrors.errorInfo(t).orElseThrow().getDomain()).isEqualTo("hotel.staygrid.io");
        return t;
    }

    /** Asserts the call is refused as INVALID_ARGUMENT (INVALID_FIELD) naming {@code field}. */
    protected static void assertInvalidField(ThrowingCallable call, String field) {
        Throwable t = assertRefused(call, Status.Code.INVALID_ARGUMENT, "INVALID_FIELD");
        assertThat(GrpcErrors.errorInfo(t).orElseThrow().getMetadataMap()).containsEntry("field", field);
    }

    /** Row counts of every catalog table plus the outbox's id sequence (the relay deletes rows, it never adds them): equal snapshots mean nothing was written. */
    protected Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {"hotel", "room_type", "room", "room_outage", "idempotency_key"}) {
            counts.put(table, scalar("SELECT count(*) FROM " + table));
        }
        counts.put("outbox_identity", scalar("SELECT coalesce(last_value, 0) FROM capacity_outbox_outbox_id_seq"));
        return counts;
    }

    /** Runs the refused call and asserts that it left every table as it was. */
    protected void assertWritesNothing(Runnable refusedCall) {
        Map<String, Long> before = snapshot();
        refusedCall.run();
        assertThat(snapshot()).isEqualTo(before);
    }

    protected String text(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected long scalar(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
