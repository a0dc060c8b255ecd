package io.staygrid.reservation.it;

import io.quarkus.grpc.GrpcClient;
import io.staygrid.pricing.v1.Quote;
import io.staygrid.reservation.service.RecoveryJob;
import io.staygrid.reservation.v1.Actor;
import io.staygrid.reservation.v1.ActorKind;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.GetReservationRequest;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationServiceGrpc.ReservationServiceBlockingStub;
import io.staygrid.support.proto.ProtoTime;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/** Shared helpers of the gRPC tests: the app's own client, the stand-ins, direct SQL, the recovery job. */
abstract class GrpcTestBase {

    static final long HOTEL = 1;
    static final long ROOM_TYPE = 2;

    @GrpcClient("self")
    ReservationServiceBlockingStub api;

    @Inject
    DataSource dataSource;

    @Inject
    RecoveryJob recovery;

    @BeforeEach
    void resetStandIns() {
        Downstreams.INVENTORY.reset();
        Downstreams.PRICING.reset();
        CrashingObserver.crashAfter = null;
        SlowGateway.reset();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static Actor guest(String id) {
        return Actor.newBuilder().setKind(ActorKind.ACTOR_KIND_GUEST).setActorId(id).build();
    }

    /** A booking request for a fresh id with a valid quote for the stay. */
    static CreateReservationRequest.Builder request(String guestId, LocalDate start, LocalDate end, String token) {
        return request(guestId, HOTEL, start, end, token);
    }

    static CreateReservationRequest.Builder request(String guestId, long hotel, LocalDate start, LocalDate end,
                                                    String token) {
        Quote quote = Downstreams.PRICING.issue(hotel, ROOM_TYPE, start, end, 1, Instant.now().plusSeconds(600));
        return CreateReservationRequest.newBuilder().setReservationId(UUID.randomUUID().toString()).setGuestId(guestId)
                .setHotelId(hotel).setRoomTypeId(ROOM_TYPE).setStartDate(ProtoTime.toProto(start))
                .setEndDate(ProtoTime.toProto(end)).setRooms(1).setQuoteId(quote.getQuoteId())
                .setPaymentToken(token).setActor(guest(guestId));
    }

    static CreateReservationRequest.Builder request(String token) {
        return request("guest-" + UUID.randomUUID(), today().plusDays(30), today().plusDays(32), token);
    }

    Reservation get(String id) {
        return api.getReservation(GetReservationRequest.newBuilder().setReservationId(id).build()).getReservation();
    }

    /** Makes these reservations' sagas and pending compensations (only these: tests share one DB) due now. */
    void expireLeases(String... reservationIds) {
        String ids = "('" + String.join("', '", reservationIds) + "')";
        sql("UPDATE reservation SET lease_until = clock_timestamp() - interval '1 second' WHERE reservation_id IN " + ids);
        sql("UPDATE compensation_task SET next_attempt_time = clock_timestamp() - interval '1 second'"
                + " WHERE reservation_id IN " + ids);
    }

    void sql(String statement) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String query) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
