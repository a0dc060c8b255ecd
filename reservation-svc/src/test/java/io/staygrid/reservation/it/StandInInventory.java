package io.staygrid.reservation.it;

import com.google.protobuf.Timestamp;
import io.grpc.stub.StreamObserver;
import io.staygrid.inventory.v1.ConfirmHoldRequest;
import io.staygrid.inventory.v1.ConfirmHoldResponse;
import io.staygrid.inventory.v1.Hold;
import io.staygrid.inventory.v1.HoldRoomsRequest;
import io.staygrid.inventory.v1.HoldRoomsResponse;
import io.staygrid.inventory.v1.HoldState;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.inventory.v1.ReleaseHoldRequest;
import io.staygrid.inventory.v1.ReleaseHoldResponse;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** inventory-svc's hold contract in memory, with switches: sold out, down, failing calls, expiry, rooms lost on confirm. */
public class StandInInventory extends InventoryServiceGrpc.InventoryServiceImplBase {

    public final Map<String, Hold> holds = new ConcurrentHashMap<>();
    public final Set<String> released = ConcurrentHashMap.newKeySet();
    public final AtomicInteger takes = new AtomicInteger();
    public final AtomicInteger holdCalls = new AtomicInteger();
    public final Map<String, Integer> takesById = new ConcurrentHashMap<>();
    public final Map<String, Integer> holdCallsById = new ConcurrentHashMap<>();
    public volatile int roomsLeft;
    public volatile boolean down;
    public volatile boolean roomsLostOnConfirm;
    /** When set, HoldRooms fails with this (e.g. a permanent error inventory-svc never documented). */
    public volatile RuntimeException holdError;
    /** When set, ConfirmHold fails with this (e.g. INTERNAL: an unmapped failure in inventory-svc). */
    public volatile RuntimeException confirmError;

    public void reset() {
        holds.clear();
        released.clear();
        takes.set(0);
        holdCalls.set(0);
        takesById.clear();
        holdCallsById.clear();
        roomsLeft = 1000;
        down = false;
        roomsLostOnConfirm = false;
        holdError = null;
        confirmError = null;
    }

    /** The hold ran out and the expiry sweeper gave its rooms back (as inventory-svc's sweeper does). */
    public synchronized void expire(String id) {
        Hold hold = holds.get(id);
        if (hold != null && hold.getState() == HoldState.HOLD_STATE_HELD) {
            roomsLeft += hold.getRooms();
            holds.put(id, hold.toBuilder().setState(HoldState.HOLD_STATE_EXPIRED).build());
        }
    }

    public HoldState state(String id) {
        Hold h = holds.get(id);
        return h == null ? null : h.getState();
    }

    @Override
    public synchronized void holdRooms(HoldRoomsRequest r, StreamObserver<HoldRoomsResponse> out) {
        holdCalls.incrementAndGet();
        holdCallsById.merge(r.getReservationId(), 1, Integer::sum);
        if (refuseIfDown(out)) {
            return;
        }
        if (holdError != null) {
            out.onError(holdError);
            return;
        }
        if (released.contains(r.getReservationId())) {
            out.onError(error(ErrorKind.FAILED_PRECONDITION, "HOLD_RELEASED"));
            return;
        }
        Hold existing = holds.get(r.getReservationId());
        if (existing != null) {
            out.onNext(HoldRoomsResponse.newBuilder().setHold(existing).setReplayed(true).build());
            out.onCompleted();
            return;
        }
        if (roomsLeft < r.getRooms()) {
            out.onError(error(ErrorKind.FAILED_PRECONDITION, "ROOMS_UNAVAILABLE"));
            return;
        }
        roomsLeft -= r.getRooms();
        takes.incrementAndGet();
        takesById.merge(r.getReservationId(), 1, Integer::sum);
        Instant expire = Instant.now().plusSeconds(r.getHoldDuration().getSeconds());
        Hold hold = Hold.newBuilder().setReservationId(r.getReservationId()).setHotelId(r.getHotelId())
                .setRoomTypeId(r.getRoomTypeId()).setStartDate(r.getStartDate()).setEndDate(r.getEndDate())
                .setRooms(r.getRooms()).setState(HoldState.HOLD_STATE_HELD).setExpireTime(ts(expire)).build();
        holds.put(r.getReservationId(), hold);
        out.onNext(HoldRoomsResponse.newBuilder().setHold(hold).build());
        out.onCompleted();
    }

    @Override
    public synchronized void confirmHold(ConfirmHoldRequest r, StreamObserver<ConfirmHoldResponse> out) {
        if (refuseIfDown(out)) {
            return;
        }
        if (confirmError != null) {
            out.onError(confirmError);
            return;
        }
        Hold hold = holds.get(r.getReservationId());
        boolean expired = hold != null && hold.getState() == HoldState.HOLD_STATE_EXPIRED;
        if (released.contains(r.getReservationId())) {
            out.onError(error(ErrorKind.FAILED_PRECONDITION, "HOLD_RELEASED"));
        } else if (hold == null) {
            out.onError(error(ErrorKind.NOT_FOUND, "HOLD_NOT_FOUND"));
        } else if (roomsLostOnConfirm || expired && roomsLeft < hold.getRooms()) {
            out.onError(error(ErrorKind.FAILED_PRECONDITION, "HOLD_EXPIRED_ROOMS_UNAVAILABLE"));
        } else {
            if (expired) {
                roomsLeft -= hold.getRooms();
            }
            Hold confirmed = hold.toBuilder().setState(HoldState.HOLD_STATE_CONFIRMED).build();
            holds.put(r.getReservationId(), confirmed);
            out.onNext(ConfirmHoldResponse.newBuilder().setHold(confirmed).build());
            out.onCompleted();
        }
    }

    @Override
    public synchronized void releaseHold(ReleaseHoldRequest r, StreamObserver<ReleaseHoldResponse> out) {
        if (refuseIfDown(out)) {
            return;
        }
        released.add(r.getReservationId());
        Hold hold = holds.get(r.getReservationId());
        ReleaseHoldResponse.Builder response = ReleaseHoldResponse.newBuilder();
        if (hold != null) {
            if (hold.getState() == HoldState.HOLD_STATE_HELD || hold.getState() == HoldState.HOLD_STATE_CONFIRMED) {
                roomsLeft += hold.getRooms();
            }
            Hold releasedHold = hold.toBuilder().setState(HoldState.HOLD_STATE_RELEASED).build();
            holds.put(r.getReservationId(), releasedHold);
            response.setHold(releasedHold);
        }
        out.onNext(response.build());
        out.onCompleted();
    }

    private boolean refuseIfDown(StreamObserver<?> out) {
        if (down) {
            out.onError(error(ErrorKind.UNAVAILABLE, "INVENTORY_BUSY"));
        }
        return down;
    }

    static RuntimeException error(ErrorKind kind, String reason) {
        return GrpcErrors.toStatus(new DomainException(kind, reason, reason), "inventory.staygrid.io");
    }

    private static Timestamp ts(Instant t) {
        return ProtoTime.toProto(t);
    }
}
