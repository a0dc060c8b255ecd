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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * inventory-svc stand-in: records every call, keeps the applied rooms per room type, refuses unforced reductions
 * below a configurable "sold" count, can take a hold on cue, can run a day ahead of hotel-svc (refusing past dates
 * like inventory-svc), and can be switched down (UNAVAILABLE).
 */
public class FakeInventory extends InventoryServiceGrpc.InventoryServiceImplBase {

    public static final FakeInventory INSTANCE = new FakeInventory();

    public final List<SetRoomTypeCapacityRequest> capacityCalls = new CopyOnWriteArrayList<>();
    public final List<SetOutOfServiceRoomsRequest> outOfServiceCalls = new CopyOnWriteArrayList<>();
    private final List<SetRoomTypeCapacityRequest> refusedCapacityCalls = new CopyOnWriteArrayList<>();
    private final Map<Long, Integer> sold = new ConcurrentHashMap<>();
    private final Map<Long, Integer> rooms = new ConcurrentHashMap<>();
    private final Map<Long, Map<LocalDate, Integer>> outOfService = new ConcurrentHashMap<>();
    private final Map<Long, ErrorInfo> refusals = new ConcurrentHashMap<>();
    private final Map<Long, Status.Code> refusalCodes = new ConcurrentHashMap<>();
    private final Map<Long, Consumer<SetRoomTypeCapacityRequest>> beforeApplying = new ConcurrentHashMap<>();
    private final Map<Long, Consumer<SetRoomTypeCapacityRequest>> afterUnforcedReduction = new ConcurrentHashMap<>();
    private final Map<Long, Status.Code> outOfServiceRefusals = new ConcurrentHashMap<>();
    private final Set<Long> loseNextAnswer = ConcurrentHashMap.newKeySet();
    private final Map<Long, String> zones = new ConcurrentHashMap<>();
    private volatile boolean down;
    private volatile int dayOffset;

    public void setDown(boolean down) {
        this.down = down;
    }

    /** Rooms already sold of this room type on every date: reductions below it are refused unless forced. */
    public void setSold(long roomTypeId, int rooms) {
        sold.put(roomTypeId, rooms);
    }

    public int sold(long roomTypeId) {
        return sold.getOrDefault(roomTypeId, 0);
    }

    /** A guest books one more room of this room type, if the applied rooms in service allow it. */
    public synchronized boolean tryHold(long roomTypeId) {
        int taken = sold(roomTypeId);
        if (taken >= rooms.getOrDefault(roomTypeId, 0)) {
            return false;
        }
        sold.put(roomTypeId, taken + 1);
        return true;
    }

    /** Inventory's "today" is this many days after hotel-svc's (a midnight that passed here first); 0 to reset. */
    public void setDayOffset(int days) {
        dayOffset = days;
    }

    /**
     * Runs {@code hook} once, right after the first unforced SetRoomTypeCapacity of this room type that lowers its
     * rooms has been answered with success (a validate_only check or a real apply), before hotel-svc sees the answer.
     */
    public void afterUnforcedReduction(long roomTypeId, Consumer<SetRoomTypeCapacityRequest> hook) {
        afterUnforcedReduction.put(roomTypeId, hook);
    }

    /** Refuses every SetOutOfServiceRooms of this room type with this code (reason INVENTORY_BUSY); null code: stop. */
    public void refuseOutOfService(long roomTypeId, Status.Code code) {
        if (code == null) {
            outOfServiceRefusals.remove(roomTypeId);
        } else {
            outOfServiceRefusals.put(roomTypeId, code);
        }
    }

    /** Applies the next SetRoomTypeCapacity of this room type, then answers UNAVAILABLE as if the answer was lost. */
    public void loseNextAnswer(long roomTypeId) {
        loseNextAnswer.add(roomTypeId);
    }

    /** Rooms in service minus rooms out of service on a date, as last applied: what inventory would sell. */
    public synchronized int sellable(long roomTypeId, LocalDate date) {
        return rooms.getOrDefault(roomTypeId, 0) - appliedOutOfService(roomTypeId, date);
    }

    /** Clears the per-test state of a room type-independent kind. */
    public void reset() {
        down = false;
        dayOffset = 0;
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
    public synchronized int appliedOutOfService(long roomTypeId, LocalDate date) {
        return outOfService.getOrDefault(roomTypeId, Map.of()).getOrDefault(date, 0);
    }

    public List<SetRoomTypeCapacityRequest> capacityCalls(long roomTypeId, boolean validateOnly) {
        return capacityCalls.stream().filter(c -> c.getRoomTypeId() == roomTypeId && c.getValidateOnly() == validateOnly)
                .toList();
    }

    /** The SetRoomTypeCapacity calls of this room type refused as sold out (CAPACITY_BELOW_RESERVED). */
    public List<SetRoomTypeCapacityRequest> refusedCapacityCalls(long roomTypeId) {
        return refusedCapacityCalls.stream().filter(c -> c.getRoomTypeId() == roomTypeId).toList();
    }

    public List<SetOutOfServiceRoomsRequest> outOfServiceCalls(long roomTypeId, boolean validateOnly) {
        return outOfServiceCalls.stream().filter(c -> c.getRoomTypeId() == roomTypeId && c.getValidateOnly() == validateOnly)
                .toList();
    }

    @Override
    public synchronized void setRoomTypeCapacity(SetRoomTypeCapacityRequest r, StreamObserver<SetRoomTypeCapacityResponse> out) {
        if (down) {
            out.onError(Status.UNAVAILABLE.withDescription("inventory is down").asRuntimeException());
            return;
        }
        capacityCalls.add(r);
        zones.put(r.getRoomTypeId(), r.getHotelTimeZone());
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
        long type = r.getRoomTypeId();
        LocalDate today = today(type);
        Map<LocalDate, Integer> newOutOfService = new java.util.HashMap<>();
        for (var segment : r.getOutOfServiceSegmentsList()) {
            for (LocalDate d = date(segment.getStartDate()); d.isBefore(date(segment.getEndDate())); d = d.plusDays(1)) {
                if (!d.isBefore(today) && d.isBefore(today.plusDays(730))) {
                    newOutOfService.put(d, segment.getRooms());
                }
            }
        }
        int taken = sold.getOrDefault(type, 0);
        boolean segmentShort = newOutOfService.entrySet().stream().anyMatch(e -> r.getRooms() - e.getValue() < taken
                && r.getRooms() - e.getValue() < sellable(type, e.getKey()));
        if (!r.getForce() && (r.getRooms() < taken || segmentShort)) {
            refusedCapacityCalls.add(r);
            out.onError(belowReserved());
            return;
        }
        Integer before = rooms.get(type);
        if (!r.getValidateOnly()) {
            rooms.put(type, r.getRooms());
            outOfService.computeIfAbsent(type, k -> new ConcurrentHashMap<>()).putAll(newOutOfService);
        }
        if (!r.getForce() && before != null && r.getRooms() < before) {
            Consumer<SetRoomTypeCapacityRequest> after = afterUnforcedReduction.remove(type);
            if (after != null) {
                after.accept(r);
            }
        }
        if (!r.getValidateOnly() && loseNextAnswer.remove(type)) {
            out.onError(Status.UNAVAILABLE.withDescription("the answer was lost").asRuntimeException());
            return;
        }
        out.onNext(SetRoomTypeCapacityResponse.newBuilder().setCapacity(io.staygrid.inventory.v1.RoomTypeCapacity.newBuilder()
                .setHotelId(r.getHotelId()).setRoomTypeId(type).setRooms(r.getRooms())
                .setHorizonStartDate(io.staygrid.support.proto.ProtoTime.toProto(today))
                .setHorizonEndDate(io.staygrid.support.proto.ProtoTime.toProto(today.plusDays(730)))).build());
        out.onCompleted();
    }

    @Override
    public synchronized void setOutOfServiceRooms(SetOutOfServiceRoomsRequest r, StreamObserver<SetOutOfServiceRoomsResponse> out) {
        if (down) {
            out.onError(Status.UNAVAILABLE.withDescription("inventory is down").asRuntimeException());
            return;
        }
        outOfServiceCalls.add(r);
        Status.Code refusal = outOfServiceRefusals.get(r.getRoomTypeId());
        if (refusal != null) {
            out.onError(error(refusal, "INVENTORY_BUSY", Map.of()));
            return;
        }
        LocalDate today = today(r.getRoomTypeId());
        if (date(r.getStartDate()).isBefore(today)) {
            out.onError(error(Status.Code.INVALID_ARGUMENT, "INVALID_DATE_RANGE", Map.of("field", "start_date", "rule", "START_IN_PAST")));
            return;
        }
        if (date(r.getEndDate()).isAfter(today.plusDays(730))) {
            out.onError(error(Status.Code.INVALID_ARGUMENT, "INVALID_DATE_RANGE", Map.of("field", "end_date", "rule", "END_BEYOND_HORIZON")));
            return;
        }
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

    /** Inventory's today for a room type: in its hotel's time zone, moved by the day offset. */
    private LocalDate today(long roomTypeId) {
        return LocalDate.now(java.time.ZoneId.of(zones.getOrDefault(roomTypeId, "Europe/Paris"))).plusDays(dayOffset);
    }

    private static LocalDate date(com.google.type.Date d) {
        return LocalDate.of(d.getYear(), d.getMonth(), d.getDay());
    }

    private static RuntimeException error(Status.Code code, String reason, Map<String, String> metadata) {
        ErrorInfo info = ErrorInfo.newBuilder().setDomain("inventory.staygrid.io").setReason(reason).putAllMetadata(metadata).build();
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder().setCode(code.value())
                .setMessage(reason).addDetails(com.google.protobuf.Any.pack(info)).build());
    }

    private static RuntimeException belowReserved() {
        ErrorInfo info = ErrorInfo.newBuilder().setDomain("inventory.staygrid.io").setReason("CAPACITY_BELOW_RESERVED")
                .putMetadata("first_date", "2030-01-01").putMetadata("date_count", "1").build();
        return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                .setCode(Status.Code.FAILED_PRECONDITION.value()).setMessage("below reserved")
                .addDetails(com.google.protobuf.Any.pack(info)).build());
    }
}
