package io.staygrid.hotel.support;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.inventory.v1.SetOutOfServiceRoomsRequest;
import io.staygrid.inventory.v1.SetOutOfServiceRoomsResponse;
import io.staygrid.inventory.v1.SetRoomTypeCapacityRequest;
import io.staygrid.inventory.v1.SetRoomTypeCapacityResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * inventory-svc stand-in: records every call, keeps the applied rooms per room type, refuses reductions
 * below a configurable "sold" count on validate_only, and can be switched down (UNAVAILABLE).
 */
public class FakeInventory extends InventoryServiceGrpc.InventoryServiceImplBase {

    public static final FakeInventory INSTANCE = new FakeInventory();

    public final List<SetRoomTypeCapacityRequest> capacityCalls = new CopyOnWriteArrayList<>();
    public final List<SetOutOfServiceRoomsRequest> outOfServiceCalls = new CopyOnWriteArrayList<>();
    private final Map<Long, Integer> sold = new ConcurrentHashMap<>();
    private final Map<Long, Integer> rooms = new ConcurrentHashMap<>();
    private final Map<Long, Map<LocalDate, Integer>> outOfService = new ConcurrentHashMap<>();
    private final Map<Long, ErrorInfo> refusals = new ConcurrentHashMap<>();
    private final Map<Long, Status.Code> refusalCodes = new ConcurrentHashMap<>();
    private final Map<Long, Consumer<SetRoomTypeCapacityRequest>> beforeApplying = new ConcurrentHashMap<>();
    private volatile boolean down;

    public void setDown(boolean down) {
        this.down = down;
    }

    /** Rooms already sold of this room type on every date: reductions below it are refused unless forced. */
    public void setSold(long roomTypeId, int rooms) {
        sold.put(roomTypeId, rooms);
    }

    /** Refuses every SetRoomTypeCapacity of this room type with this code and ErrorInfo reason (null code: stop). */
    public void refuse(long roomTypeId, Status.Code code, String reason) {
        if (code == null) {
            refusalCodes.remove(roomTypeId);
            return;
        }
        refusals.put(roomTypeId, ErrorInfo.newBuilder().setDomain("inventory.staygrid.io").setReason(reason).build());
        refusalCodes.put(roomTypeId, code);
    }

    /** Runs {@code hook} on every applied (not validate_only) SetRoomTypeCapacity of this room type, before answering. */
    public void beforeApplying(long roomTypeId, Consumer<SetRoomTypeCapacityRequest> hook) {
        beforeApplying.put(roomTypeId, hook);
    }

    /** The rooms in service last applied (not validate_only) for this room type, or null. */
    public Integer appliedRooms(long roomTypeId) {
        return rooms.get(roomTypeId);
    }

    /** The out-of-service count last applied for this room type on a date (0 if never set). */
    public int appliedOutOfService(long roomTypeId, LocalDate date) {
        return outOfService.getOrDefault(roomTypeId, Map.of()).getOrDefault(date, 0);
    }

    public List<SetRoomTypeCapacityRequest> capacityCalls(long roomTypeId, boolean validateOnly) {
        return capacityCalls.stream().filter(c -> c.getRoomTypeId() == roomTypeId && c.getValidateOnly() == validateOnly)
                .toList();
    }

    public List<SetOutOfServiceRoomsRequest> outOfServiceCalls(long roomTypeId, boolean validateOnly) {
        return outOfServiceCalls.stream().filter(c -> c.getRoomTypeId() == roomTypeId && c.getValidateOnly() == validateOnly)
                .toList();
    }

    @Override
    public void setRoomTypeCapacity(SetRoomTypeCapacityRequest r, StreamObserver<SetRoomTypeCapacityResponse> out) {
        if (down) {
            out.onError(Status.UNAVAILABLE.withDescription("inventory is down").asRuntimeException());
            return;
        }
        capacityCalls.add(r);
        Status.Code refusal = refusalCodes.get(r.getRoomTypeId());
        if (refusal != null) {
            out.onError(StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder().setCode(refusal.value())
                    .setMessage("refused").addDetails(com.google.protobuf.Any.pack(refusals.get(r.getRoomTypeId()))).build()));
            return;
        }
        Consumer<SetRoomTypeCapacityRequest> hook = beforeApplying.get(r.getRoomTypeId());
        if (hook != null && !r.getValidateOnly()) {
            hook.accept(r);
        }
        if (!r.getForce() && r.getRooms() < sold.getOrDefault(r.getRoomTypeId(), 0)) {
            out.onError(belowReserved());
            return;
        }
        if (!r.getValidateOnly()) {
            rooms.put(r.getRoomTypeId(), r.getRooms());
        }
        out.onNext(SetRoomTypeCapacityResponse.getDefaultInstance());
        out.onCompleted();
    }

    @Override
    public void setOutOfServiceRooms(SetOutOfServiceRoomsRequest r, StreamObserver<SetOutOfServiceRoomsResponse> out) {
        if (down) {
            out.onError(Status.UNAVAILABLE.withDescription("inventory is down").asRuntimeException());
            return;
        }
        outOfServiceCalls.add(r);
        Integer inService = rooms.get(r.getRoomTypeId());
        if (inService == null) {
            out.onError(Status.NOT_FOUND.withDescription("no capacity yet").asRuntimeException());
            return;
        }
        if (!r.getForce() && inService - r.getRooms() < sold.getOrDefault(r.getRoomTypeId(), 0)) {
            out.onError(belowReserved());
            return;
        }
        if (!r.getValidateOnly()) {
            LocalDate start = LocalDate.of(r.getStartDate().getYear(), r.getStartDate().getMonth(), r.getStartDate().getDay());
            LocalDate end = LocalDate.of(r.getEndDate().getYear(), r.getEndDate().getMonth(), r.getEndDate().getDay());
            Map<LocalDate, Integer> perDate = outOfService.computeIfAbsent(r.getRoomTypeId(), k -> new ConcurrentHashMap<>());
            for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
                perDate.put(d, r.getRooms());
            }
        }
        out.onNext(SetOutOfServiceRoomsResponse.getDefaultInstance());
        out.onCompleted();
    }

    private static RuntimeException belowReserved() {
        ErrorInfo info = ErrorInfo.newBuilder().setDomain("inventory.staygrid.io").setReason("CAPACITY_BELOW_RESERVED")
                .putMetadata("first_date", "2030-01-01").putMetadata("date_count", "1").build();
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(Status.Code.FAILED_PRECONDITION.value()).setMessage("below reserved")
                .addDetails(com.google.protobuf.Any.pack(info)).build());
    }
}
