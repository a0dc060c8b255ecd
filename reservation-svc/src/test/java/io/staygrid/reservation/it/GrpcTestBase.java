package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.grpc.GrpcClient;
import io.staygrid.pricing.v1.Quote;
import io.staygrid.reservation.service.RecoveryJob;
import io.staygrid.reservation.v1.Actor;
import io.staygrid.reservation.v1.ActorKind;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.GetReservationRequest;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationServiceGrpc.ReservationServiceBlockingStub;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.support.proto.ProtoTime;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
        Downstreams.HOTEL.reset();
        TestClock.reset();
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

    /** Lets recovery run as often as it may need to finish these reservations (leases expired each time). */
    void settle(String... reservationIds) {
        for (int i = 0; i < 3; i++) {
            expireLeases(reservationIds);
            recovery.runOnce();
        }
    }

    /**
     * The money invariant of one reservation: a charge the gateway approved ends on a PAID reservation whose rooms
     * are confirmed, or refunded (in full, or as the REFUNDED reservation records), never kept for nothing; and
     * nothing is charged or refunded twice (the ledger keeps one charge and one refund per id).
     */
    void assertChargeEndsOnAPaidBookingOrRefunded(String id) {
        Reservation r = get(id);
        String where = " WHERE reservation_id = '" + id + "'";
        boolean approved = count("SELECT count(*) FROM sandbox_gateway_charge" + where + " AND outcome = 'APPROVED'") == 1;
        if (!approved) {
            assertThat(r.getStatus()).as("no charge, so not PAID: %s", r).isNotEqualTo(ReservationStatus.RESERVATION_STATUS_PAID);
            return;
        }
        long amount = count("SELECT amount_minor FROM sandbox_gateway_charge" + where);
        long refunded = count("SELECT coalesce(refunded_minor, 0) FROM sandbox_gateway_charge" + where);
        switch (r.getStatus()) {
            case RESERVATION_STATUS_PAID -> {
                assertThat(count("SELECT count(*) FROM reservation" + where + " AND hold_confirmed")).as("%s", r).isEqualTo(1);
                assertThat(refunded).as("%s", r).isZero();
            }
            case RESERVATION_STATUS_REFUNDED -> assertThat(refunded).as("%s", r)
                    .isEqualTo(count("SELECT refunded_minor FROM reservation" + where));
            default -> assertThat(refunded).as("approved charge of a %s reservation refunded in full", r.getStatus())
                    .isEqualTo(amount);
        }
    }

    void sql(String statement) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as text. */
    List<String> ids(String query) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
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
