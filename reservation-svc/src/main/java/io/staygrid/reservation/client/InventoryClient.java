package io.staygrid.reservation.client;

import com.google.protobuf.Duration;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.staygrid.inventory.v1.ConfirmHoldRequest;
import io.staygrid.inventory.v1.HoldRoomsRequest;
import io.staygrid.inventory.v1.HoldState;
import io.staygrid.inventory.v1.InventoryServiceGrpc.InventoryServiceBlockingStub;
import io.staygrid.inventory.v1.ReleaseHoldRequest;
import io.staygrid.reservation.config.ReservationConfig;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.service.OutcomeUnknownException;
import io.staygrid.reservation.service.RoomHolds;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** inventory-svc's holds, with a deadline per call and retries (every hold call is idempotent by id). */
@ApplicationScoped
public class InventoryClient implements RoomHolds {

    private final InventoryServiceBlockingStub stub;
    private final ReservationConfig.Downstream settings;

    public InventoryClient(@GrpcClient("inventory") InventoryServiceBlockingStub stub, ReservationConfig config) {
        this.stub = stub;
        this.settings = config.inventory();
    }

    @Override
    public HoldResult hold(String reservationId, Stay stay, java.time.Duration holdFor) {
        HoldRoomsRequest request = HoldRoomsRequest.newBuilder().setReservationId(reservationId)
                .setHotelId(stay.hotelId()).setRoomTypeId(stay.roomTypeId())
                .setStartDate(ProtoTime.toProto(stay.start())).setEndDate(ProtoTime.toProto(stay.end()))
                .setRooms(stay.rooms()).setHoldDuration(Duration.newBuilder().setSeconds(holdFor.toSeconds()))
                .build();
        try {
            var hold = call("HoldRooms", s -> s.holdRooms(request)).getHold();
            boolean gone = hold.getState() != HoldState.HOLD_STATE_HELD && hold.getState() != HoldState.HOLD_STATE_CONFIRMED;
            return new Held(gone, ProtoTime.toInstant(hold.getExpireTime()));
        } catch (StatusRuntimeException e) {
            if (!Downstream.refused(e)) {
                throw unknown("HoldRooms", e);
            }
            String reason = GrpcErrors.reason(e);
            return "INVALID_STAY".equals(reason)
                    ? new Refused(RejectionReason.INVALID_STAY, String.valueOf(e.getStatus().getDescription()))
                    : new Refused(RejectionReason.ROOMS_UNAVAILABLE, "inventory refused the hold: "
                            + e.getStatus().getCode() + " " + reason + " "
                            + GrpcErrors.errorInfo(e).map(i -> i.getMetadataMap().toString()).orElse(""));
        }
    }

    @Override
    public ConfirmResult confirm(String reservationId) {
        try {
            call("ConfirmHold", s -> s.confirmHold(ConfirmHoldRequest.newBuilder().setReservationId(reservationId).build()));
            return ConfirmResult.CONFIRMED;
        } catch (StatusRuntimeException e) {
            return switch (GrpcErrors.reason(e)) {
                case "HOLD_EXPIRED_ROOMS_UNAVAILABLE", "HOLD_NOT_FOUND" -> ConfirmResult.ROOMS_LOST;
                case "HOLD_RELEASED" -> ConfirmResult.RELEASED;
                default -> throw unknown("ConfirmHold", e);
            };
        }
    }

    @Override
    public void release(String reservationId) {
        try {
            call("ReleaseHold", s -> s.releaseHold(ReleaseHoldRequest.newBuilder().setReservationId(reservationId).build()));
        } catch (StatusRuntimeException e) {
            throw unknown("ReleaseHold", e);
        }
    }

    private <T> T call(String rpc, Function<InventoryServiceBlockingStub, T> call) {
        return Retry.idempotent(settings,
                () -> call.apply(stub.withDeadlineAfter(settings.deadline().toMillis(), TimeUnit.MILLISECONDS)));
    }

    private static OutcomeUnknownException unknown(String rpc, StatusRuntimeException e) {
        return new OutcomeUnknownException("inventory " + rpc + " failed: " + e.getStatus().getCode() + " "
                + GrpcErrors.reason(e));
    }
}
