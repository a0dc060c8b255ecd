package io.staygrid.benchmarks.mesh;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.staygrid.inventory.v1.GetAvailabilityRequest;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.localrunner.ServiceSpec;
import io.staygrid.pricing.v1.GetRateCalendarRequest;
import io.staygrid.pricing.v1.PricingServiceGrpc;
import io.staygrid.reservation.v1.Actor;
import io.staygrid.reservation.v1.ActorKind;
import io.staygrid.reservation.v1.CreateReservationRequest;
import io.staygrid.reservation.v1.PrepareReservationRequest;
import io.staygrid.reservation.v1.PrepareReservationResponse;
import io.staygrid.reservation.v1.Reservation;
import io.staygrid.reservation.v1.ReservationServiceGrpc;
import io.staygrid.support.proto.ProtoTime;
import java.util.concurrent.TimeUnit;

/**
 * The same guest calls straight to the services, as the edge makes them (blocking stubs, grpc-netty-shaded,
 * one channel per service): availability is GetAvailability + GetRateCalendar, a quote PrepareReservation, a
 * booking CreateReservation.
 */
final class GrpcTransport implements Transport {

    private static final long DEADLINE_SECONDS = 60;

    private final InventoryServiceGrpc.InventoryServiceBlockingStub inventory;
    private final PricingServiceGrpc.PricingServiceBlockingStub pricing;
    private final ReservationServiceGrpc.ReservationServiceBlockingStub reservations;

    GrpcTransport(BenchEnvironment env) {
        inventory = InventoryServiceGrpc.newBlockingStub(env.channel(ServiceSpec.INVENTORY));
        pricing = PricingServiceGrpc.newBlockingStub(env.channel(ServiceSpec.PRICING));
        reservations = ReservationServiceGrpc.newBlockingStub(env.channel(ServiceSpec.RESERVATION));
    }

    @Override
    public Outcome availability(Chain.Stay stay) {
        try {
            inventory.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS).getAvailability(GetAvailabilityRequest.newBuilder()
                    .setHotelId(stay.hotelId()).setStartDate(ProtoTime.toProto(stay.start()))
                    .setEndDate(ProtoTime.toProto(stay.end())).setValidateStay(true).build());
            pricing.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS).getRateCalendar(GetRateCalendarRequest.newBuilder()
                    .setHotelId(stay.hotelId()).setStartDate(ProtoTime.toProto(stay.start()))
                    .setEndDate(ProtoTime.toProto(stay.end())).build());
            return Outcome.ok("OK");
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    @Override
    public Quote quote(Chain.Stay stay) {
        try {
            PrepareReservationResponse r = reservations.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
                    .prepareReservation(PrepareReservationRequest.newBuilder().setHotelId(stay.hotelId())
                            .setRoomTypeId(stay.roomTypeId()).setStartDate(ProtoTime.toProto(stay.start()))
                            .setEndDate(ProtoTime.toProto(stay.end())).setRooms(1).build());
            return new Quote(Outcome.ok("OK"), r.getReservationId(), r.getQuoteId());
        } catch (RuntimeException e) {
            return new Quote(failure(e), null, null);
        }
    }

    @Override
    public Outcome book(TokenSigner.Guest guest, Chain.Stay stay, Quote quote) {
        try {
            Reservation r = reservations.withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
                    .createReservation(CreateReservationRequest.newBuilder().setReservationId(quote.reservationId())
                            .setGuestId(guest.id()).setHotelId(stay.hotelId()).setRoomTypeId(stay.roomTypeId())
                            .setStartDate(ProtoTime.toProto(stay.start())).setEndDate(ProtoTime.toProto(stay.end()))
                            .setRooms(1).setGuests(1).setQuoteId(quote.quoteId()).setPaymentToken("tok_approve")
                            .setActor(Actor.newBuilder().setKind(ActorKind.ACTOR_KIND_GUEST).setActorId(guest.id()))
                            .build()).getReservation();
            return Outcome.reservation("OK", r.getStatus().name().replace("RESERVATION_STATUS_", ""),
                    r.getRejectionReason().name().replace("REJECTION_REASON_", ""));
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    /** A gRPC refusal: FAILED_PRECONDITION, ALREADY_EXISTS, ABORTED and RESOURCE_EXHAUSTED are clean refusals. */
    static Outcome failure(RuntimeException e) {
        if (!(e instanceof StatusRuntimeException sre)) {
            return Outcome.exception(e);
        }
        String key = sre.getStatus().getCode() + " " + reason(sre);
        return switch (sre.getStatus().getCode()) {
            case FAILED_PRECONDITION, ALREADY_EXISTS, ABORTED, RESOURCE_EXHAUSTED -> Outcome.refused(key);
            default -> Outcome.error(key);
        };
    }

    private static String reason(StatusRuntimeException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status != null) {
            for (Any detail : status.getDetailsList()) {
                if (detail.is(ErrorInfo.class)) {
                    try {
                        return detail.unpack(ErrorInfo.class).getReason();
                    } catch (InvalidProtocolBufferException ignored) {
                        return "-";
                    }
                }
            }
        }
        return "-";
    }
}
