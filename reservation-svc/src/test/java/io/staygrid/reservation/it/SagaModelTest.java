package io.staygrid.reservation.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.v1.HoldState;
import io.staygrid.pricing.v1.Quote;
import io.staygrid.reservation.service.BookingSaga;
import io.staygrid.reservation.v1.CancelReservationRequest;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationStatus;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A randomized model of the booking saga against the real database: each trial books (every sandbox token),
 * maybe crashes after a random step, maybe meets a failing, busy or sold-out inventory, an expired quote, a
 * reused quote, a hold that runs out, a replay or a cancel; recovery then finishes what it can, and the money and
 * rooms invariants are checked over every reservation of the model so far. The seed is printed; rerun one with
 * {@code -Dstaygrid.model.seed=...}.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(Downstreams.class)
class SagaModelTest extends GrpcTestBase {

    static final int TRIALS = Integer.getInteger("staygrid.model.trials", 1000);
    static final String[] TOKENS = {"tok_approve", "tok_approve", "tok_approve", "tok_decline", "tok_timeout",
            "tok_timeout_decline"};
    static final BookingSaga.Step[] CRASH_POINTS = BookingSaga.Step.values();

    final String guestPrefix = "model-" + UUID.randomUUID() + "-";
    final List<CreateReservationRequest> booked = new ArrayList<>();

    @Test
    void randomBookingsCrashesOutagesAndCancelsNeverKeepMoneyForNothingNorRoomsForNobody() {
        long seed = Long.getLong("staygrid.model.seed", System.nanoTime());
        System.out.println("SagaModelTest seed " + seed + " (-Dstaygrid.model.seed=" + seed + " reruns it)");
        Random random = new Random(seed);
        for (int trial = 0; trial < TRIALS; trial++) {
            String id = trial(random, trial);
            assertInvariants("seed " + seed + ", trial " + trial + ", reservation " + id);
        }
    }

    /** One episode; returns the reservation id it was about. */
    private String trial(Random random, int trial) {
        CreateReservationRequest request = nextRequest(random, trial);
        String id = request.getReservationId();
        if (random.nextInt(6) == 0) {
            Downstreams.INVENTORY.roomsLeft = 0;
        }
        if (random.nextInt(8) == 0) {
            Downstreams.INVENTORY.holdError = Status.INTERNAL.withDescription("pool exhausted").asRuntimeException();
        }
        if (random.nextInt(8) == 0) {
            Downstreams.INVENTORY.confirmError = Status.UNAVAILABLE.asRuntimeException();
        }
        CrashingObserver.crashAfter = random.nextInt(3) == 0 ? CRASH_POINTS[random.nextInt(CRASH_POINTS.length)] : null;
        call(() -> api.createReservation(request));
        CrashingObserver.crashAfter = null;
        booked.add(request);

        if (random.nextInt(6) == 0) {
            call(() -> api.createReservation(request));
        }
        if (random.nextInt(5) == 0) {
            Downstreams.INVENTORY.expire(id);
        }
        Downstreams.INVENTORY.holdError = null;
        Downstreams.INVENTORY.confirmError = null;
        if (random.nextInt(6) == 0) {
            cancel(request);
        }
        Downstreams.INVENTORY.roomsLeft = random.nextInt(4) == 0 ? 0 : 1000;
        settle(id);
        if (random.nextInt(8) == 0) {
            cancel(request);
            settle(id);
        }
        Downstreams.INVENTORY.roomsLeft = 1000;
        return id;
    }

    /** A new booking: a fresh quote (sometimes already expired), or one reused from an earlier booking. */
    private CreateReservationRequest nextRequest(Random random, int trial) {
        String guest = guestPrefix + random.nextInt(20);
        String token = TOKENS[random.nextInt(TOKENS.length)];
        if (!booked.isEmpty() && random.nextInt(10) == 0) {
            CreateReservationRequest earlier = booked.get(random.nextInt(booked.size()));
            return earlier.toBuilder().setReservationId(UUID.randomUUID().toString()).setGuestId(guest)
                    .setActor(guest(guest)).setPaymentToken(token).build();
        }
        LocalDate start = today().plusDays(10 + random.nextInt(60));
        LocalDate end = start.plusDays(1 + random.nextInt(3));
        Instant expiry = random.nextInt(6) == 0 ? Instant.now().minusSeconds(1) : Instant.now().plusSeconds(600);
        Quote quote = Downstreams.PRICING.issue(HOTEL + trial % 3, ROOM_TYPE, start, end, 1, expiry);
        return CreateReservationRequest.newBuilder().setReservationId(UUID.randomUUID().toString()).setGuestId(guest)
                .setHotelId(quote.getHotelId()).setRoomTypeId(ROOM_TYPE).setStartDate(ProtoTime.toProto(start))
                .setEndDate(ProtoTime.toProto(end)).setRooms(1).setQuoteId(quote.getQuoteId()).setPaymentToken(token)
                .setActor(guest(guest)).build();
    }

    private void cancel(CreateReservationRequest r) {
        call(() -> api.cancelReservation(CancelReservationRequest.newBuilder().setReservationId(r.getReservationId())
                .setGuestId(r.getGuestId()).setActor(guest(r.getGuestId())).build()));
    }

    /** A call that may fail (a simulated crash, a refusal): what it left behind is what is checked. */
    private static void call(Runnable rpc) {
        try {
            rpc.run();
        } catch (StatusRuntimeException expected) {
            // INTERNAL after a simulated crash, NOT_FOUND for a booking never recorded, FAILED_PRECONDITION ...
        }
    }

    private void assertInvariants(String where) {
        String mine = " r.guest_id LIKE '" + guestPrefix + "%'";
        assertThat(count("SELECT count(*) FROM reservation r WHERE" + mine + " AND (r.status = 'PENDING'"
                + " OR (r.status = 'PAID' AND NOT r.hold_confirmed))")).as("unfinished after recovery, %s", where).isZero();
        assertThat(count("SELECT count(*) FROM payment p JOIN reservation r USING (reservation_id) WHERE" + mine
                + " AND p.charge_status IN ('REQUESTED', 'UNKNOWN')")).as("unsettled charge, %s", where).isZero();
        assertThat(count("SELECT count(*) FROM sandbox_gateway_charge c JOIN reservation r USING (reservation_id)"
                + " WHERE" + mine + " AND c.outcome = 'APPROVED' AND NOT ("
                + "   (r.status = 'PAID' AND r.hold_confirmed AND c.refunded_minor IS NULL)"
                + "   OR (r.status = 'REFUNDED' AND c.refunded_minor = r.refunded_minor)"
                + "   OR (r.status IN ('REJECTED', 'CANCELED') AND c.refunded_minor = c.amount_minor))"))
                .as("approved charge kept without a confirmed PAID booking, %s", where).isZero();
        assertThat(count("SELECT count(*) FROM reservation r WHERE" + mine + " AND r.status = 'PAID' AND NOT EXISTS"
                + " (SELECT 1 FROM sandbox_gateway_charge c WHERE c.reservation_id = r.reservation_id"
                + " AND c.outcome = 'APPROVED')")).as("PAID without a charge, %s", where).isZero();
        Set<String> paid = Set.copyOf(ids("SELECT reservation_id FROM reservation r WHERE" + mine + " AND r.status = 'PAID'"));
        for (CreateReservationRequest r : booked) {
            String id = r.getReservationId();
            assertThat(Downstreams.INVENTORY.takesById.getOrDefault(id, 0)).as("rooms taken once, %s", where)
                    .isLessThanOrEqualTo(1);
            HoldState hold = Downstreams.INVENTORY.state(id);
            boolean holdsRooms = hold == HoldState.HOLD_STATE_HELD || hold == HoldState.HOLD_STATE_CONFIRMED;
            assertThat(holdsRooms).as("rooms held exactly for a PAID booking: %s is %s, %s", id, hold, where)
                    .isEqualTo(paid.contains(id));
        }
    }
}
