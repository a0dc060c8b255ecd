package io.staygrid.pricing.testing;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.staygrid.inventory.v1.DailyOccupancy;
import io.staygrid.inventory.v1.GetAvailabilityRequest;
import io.staygrid.inventory.v1.GetAvailabilityResponse;
import io.staygrid.inventory.v1.GetOccupancyRequest;
import io.staygrid.inventory.v1.GetOccupancyResponse;
import io.staygrid.inventory.v1.GetRoomTypeCapacityRequest;
import io.staygrid.inventory.v1.GetRoomTypeCapacityResponse;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.inventory.v1.NightInventory;
import io.staygrid.inventory.v1.RoomTypeAvailability;
import io.staygrid.inventory.v1.RoomTypeCapacity;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * inventory-svc as a real gRPC server with test behaviour: the test sets each room type's rooms and
 * the rooms reserved per date, or makes the whole service hang or refuse.
 */
public class FakeInventory extends InventoryServiceGrpc.InventoryServiceImplBase {

    /** How the stand-in answers. */
    public enum Mode { NORMAL, HANG, REFUSE }

    private static final String DOMAIN = "inventory.staygrid.io";

    private final Map<String, Integer> rooms = new ConcurrentHashMap<>();
    private final Map<String, Integer> reserved = new ConcurrentHashMap<>();
    private final List<GetOccupancyRequest> occupancyCalls = new CopyOnWriteArrayList<>();
    private final List<GetAvailabilityRequest> availabilityCalls = new CopyOnWriteArrayList<>();
    private final Map<Long, LocalDate> hotelToday = new ConcurrentHashMap<>();
    private volatile Mode mode = Mode.NORMAL;
    private volatile long latencyMillis;

    public void addRoomType(long hotelId, long roomTypeId, int roomCount) {
        rooms.put(hotelId + "/" + roomTypeId, roomCount);
    }

    public void removeRoomType(long hotelId, long roomTypeId) {
        rooms.remove(hotelId + "/" + roomTypeId);
    }

    public void setReserved(long hotelId, long roomTypeId, LocalDate date, int count) {
        reserved.put(hotelId + "/" + roomTypeId + "/" + date, count);
    }

    /** The hotel's today as inventory reports it (horizon_start_date); default: today in UTC. */
    public void hotelToday(long hotelId, LocalDate today) {
        hotelToday.put(hotelId, today);
    }

    /** Every answer takes this long (simulated latency; 0 to answer at once). */
    public void latency(java.time.Duration latency) {
        this.latencyMillis = latency.toMillis();
    }

    private LocalDate today(long hotelId) {
        return hotelToday.getOrDefault(hotelId, LocalDate.now(java.time.ZoneOffset.UTC));
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    /** The GetOccupancy calls received for one hotel. */
    public List<GetOccupancyRequest> occupancyCalls(long hotelId) {
        return occupancyCalls.stream().filter(c -> c.getHotelId() == hotelId).toList();
    }

    @Override
    public void getOccupancy(GetOccupancyRequest r, StreamObserver<GetOccupancyResponse> out) {
        occupancyCalls.add(r);
        if (answeredAbnormally(out)) {
            return;
        }
        Integer roomCount = rooms.get(r.getHotelId() + "/" + r.getRoomTypeId());
        if (roomCount == null) {
            out.onError(roomTypeNotFound(r.getHotelId(), r.getRoomTypeId()));
            return;
        }
        LocalDate start = ProtoTime.toLocalDate(r.getStartDate(), "start_date");
        LocalDate end = ProtoTime.toLocalDate(r.getEndDate(), "end_date");
        if (!end.isAfter(start) || end.isAfter(today(r.getHotelId()).plusDays(730))) {
            out.onError(GrpcErrors.toStatus(new DomainException(ErrorKind.INVALID_ARGUMENT, "INVALID_DATE_RANGE",
                    "bad range", Map.of("field", "end_date", "rule", "END_BEYOND_HORIZON")), DOMAIN));
            return;
        }
        GetOccupancyResponse.Builder b = GetOccupancyResponse.newBuilder();
        start.datesUntil(end).forEach(d -> b.addDays(DailyOccupancy.newBuilder()
                .setDate(ProtoTime.toProto(d))
                .setTotalInventory(roomCount)
                .setTotalReserved(reserved.getOrDefault(r.getHotelId() + "/" + r.getRoomTypeId() + "/" + d, 0))
                .setSellLimit(roomCount + roomCount / 10)));
        out.onNext(b.build());
        out.onCompleted();
    }

    /**
     * The hotel's room types (one when asked by id; a room type with 0 rooms counts as retired and is left out
     * of the hotel-wide answer), each night's inventory and reservations, and the hotel's today.
     */
    @Override
    public void getAvailability(GetAvailabilityRequest r, StreamObserver<GetAvailabilityResponse> out) {
        availabilityCalls.add(r);
        if (answeredAbnormally(out)) {
            return;
        }
        String prefix = r.getHotelId() + "/";
        List<Long> roomTypes = r.getRoomTypeId() != 0 ? List.of(r.getRoomTypeId()) : rooms.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix) && e.getValue() > 0)
                .map(e -> Long.parseLong(e.getKey().substring(prefix.length()))).sorted().toList();
        if (r.getRoomTypeId() != 0 && !rooms.containsKey(prefix + r.getRoomTypeId())) {
            out.onError(roomTypeNotFound(r.getHotelId(), r.getRoomTypeId()));
            return;
        }
        LocalDate start = ProtoTime.toLocalDate(r.getStartDate(), "start_date");
        LocalDate end = ProtoTime.toLocalDate(r.getEndDate(), "end_date");
        if (!end.isAfter(start) || end.isAfter(today(r.getHotelId()).plusDays(730))) {
            out.onError(GrpcErrors.toStatus(new DomainException(ErrorKind.INVALID_ARGUMENT, "INVALID_DATE_RANGE",
                    "bad range", Map.of("field", "end_date", "rule", "END_BEYOND_HORIZON")), DOMAIN));
            return;
        }
        GetAvailabilityResponse.Builder b = GetAvailabilityResponse.newBuilder()
                .setHotelToday(ProtoTime.toProto(today(r.getHotelId())));
        for (long roomTypeId : roomTypes) {
            int roomCount = rooms.get(prefix + roomTypeId);
            RoomTypeAvailability.Builder rt = RoomTypeAvailability.newBuilder().setRoomTypeId(roomTypeId);
            start.datesUntil(end).forEach(d -> rt.addNights(NightInventory.newBuilder()
                    .setDate(ProtoTime.toProto(d))
                    .setTotalInventory(roomCount)
                    .setTotalReserved(reserved.getOrDefault(prefix + roomTypeId + "/" + d, 0))
                    .setSellLimit(roomCount + roomCount / 10)));
            b.addRoomTypes(rt);
        }
        out.onNext(b.build());
        out.onCompleted();
    }

    /** The GetAvailability calls received for one hotel. */
    public List<GetAvailabilityRequest> availabilityCalls(long hotelId) {
        return availabilityCalls.stream().filter(c -> c.getHotelId() == hotelId).toList();
    }

    @Override
    public void getRoomTypeCapacity(GetRoomTypeCapacityRequest r, StreamObserver<GetRoomTypeCapacityResponse> out) {
        if (answeredAbnormally(out)) {
            return;
        }
        Integer roomCount = rooms.get(r.getHotelId() + "/" + r.getRoomTypeId());
        if (roomCount == null) {
            out.onError(roomTypeNotFound(r.getHotelId(), r.getRoomTypeId()));
            return;
        }
        out.onNext(GetRoomTypeCapacityResponse.newBuilder().setCapacity(RoomTypeCapacity.newBuilder()
                .setHotelId(r.getHotelId()).setRoomTypeId(r.getRoomTypeId()).setRooms(roomCount)
                .setHotelTimeZone("Europe/Paris")
                .setHorizonStartDate(ProtoTime.toProto(today(r.getHotelId())))
                .setHorizonEndDate(ProtoTime.toProto(today(r.getHotelId()).plusDays(730)))).build());
        out.onCompleted();
    }

    private boolean answeredAbnormally(StreamObserver<?> out) {
        if (latencyMillis > 0) {
            try {
                Thread.sleep(latencyMillis); // simulated network/server latency, not a test waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return switch (mode) {
            case NORMAL -> false;
            case HANG -> true; // never answers: the caller's deadline must end the call
            case REFUSE -> {
                out.onError(Status.UNAVAILABLE.withDescription("inventory is down").asRuntimeException());
                yield true;
            }
        };
    }

    private static RuntimeException roomTypeNotFound(long hotelId, long roomTypeId) {
        return GrpcErrors.toStatus(new DomainException(ErrorKind.NOT_FOUND, "ROOM_TYPE_NOT_FOUND", "no such room type",
                Map.of("hotel_id", Long.toString(hotelId), "room_type_id", Long.toString(roomTypeId))), DOMAIN);
    }
}
