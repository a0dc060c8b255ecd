package io.staygrid.pricing.client;

import com.google.common.util.concurrent.ListenableFuture;
import io.grpc.Channel;
import io.grpc.Deadline;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.staygrid.inventory.v1.GetAvailabilityRequest;
import io.staygrid.inventory.v1.GetAvailabilityResponse;
import io.staygrid.inventory.v1.GetRoomTypeCapacityRequest;
import io.staygrid.inventory.v1.InventoryServiceGrpc;
import io.staygrid.inventory.v1.InventoryServiceGrpc.InventoryServiceFutureStub;
import io.staygrid.inventory.v1.RoomTypeAvailability;
import io.staygrid.pricing.config.PricingConfig;
import io.staygrid.pricing.domain.DailyOccupancy;
import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.HotelOccupancy;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * inventory-svc as pricing sees it: occupancy per night and whether a room type exists. Every call
 * carries a deadline; a failure to get an answer is UNAVAILABLE (INVENTORY_UNAVAILABLE), never a guess.
 */
@ApplicationScoped
public class InventoryClient {

    public static final String UNAVAILABLE_REASON = "INVENTORY_UNAVAILABLE";

    private final InventoryServiceFutureStub stub;
    private final PricingConfig config;
    private final Clock clock;

    public InventoryClient(@GrpcClient("inventory") Channel channel, PricingConfig config, Clock clock) {
        this.stub = InventoryServiceGrpc.newFutureStub(channel);
        this.config = config;
        this.clock = clock;
    }

    /** The instant the configured deadline ends, from now: shared by the calls of one request. */
    public Instant newDeadline() {
        return clock.instant().plus(config.inventoryDeadline());
    }

    /**
     * Starts one GetAvailability call for the whole range and the hotel's room types (every one when
     * {@code roomTypeId} is 0, else that one; without waiting): one answer with the hotel's today and each room
     * type's nights, however many room types the hotel has. {@link Pending#await()} it.
     */
    public Pending<HotelOccupancy> startOccupancy(long hotelId, long roomTypeId, DateRange range, Instant deadline) {
        GetAvailabilityRequest request = GetAvailabilityRequest.newBuilder()
                .setHotelId(hotelId)
                .setRoomTypeId(roomTypeId)
                .setStartDate(ProtoTime.toProto(range.start()))
                .setEndDate(ProtoTime.toProto(range.end()))
                .build();
        ListenableFuture<GetAvailabilityResponse> call = stub.withDeadline(grpcDeadline(deadline))
                .getAvailability(request);
        return new Pending<>(call, hotelId, roomTypeId, response -> occupancy(response, range));
    }

    private static HotelOccupancy occupancy(GetAvailabilityResponse response, DateRange range) {
        LocalDate today = toLocalDateOrNull(response.getHotelToday());
        if (today == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, UNAVAILABLE_REASON,
                    "inventory-svc did not say which day is today for the hotel; no price is computed");
        }
        Map<Long, List<DailyOccupancy>> byRoomType = new HashMap<>();
        for (RoomTypeAvailability rt : response.getRoomTypesList()) {
            List<DailyOccupancy> days = rt.getNightsList().stream().map(n -> new DailyOccupancy(
                    toLocalDateOrNull(n.getDate()), n.getTotalInventory(), n.getTotalReserved())).toList();
            if (!days.stream().map(DailyOccupancy::date).toList().equals(range.dates())) {
                throw new DomainException(ErrorKind.UNAVAILABLE, UNAVAILABLE_REASON,
                        "inventory-svc answered occupancy for other nights than asked; no price is computed");
            }
            byRoomType.put(rt.getRoomTypeId(), days);
        }
        return new HotelOccupancy(today, byRoomType);
    }

    /** The instant as a gRPC deadline (already expired if it is past). */
    private Deadline grpcDeadline(Instant deadline) {
        long nanos = Duration.between(clock.instant(), deadline).toNanos();
        return Deadline.after(nanos, TimeUnit.NANOSECONDS);
    }

    private static LocalDate toLocalDateOrNull(com.google.type.Date date) {
        try {
            return ProtoTime.toLocalDate(date, "date");
        } catch (DomainException malformed) {
            return null;
        }
    }

    /** Succeeds when inventory-svc knows the room type in the hotel; NOT_FOUND (ROOM_TYPE_NOT_FOUND) otherwise. */
    public void requireRoomType(long hotelId, long roomTypeId) {
        new Pending<>(stub.withDeadline(grpcDeadline(newDeadline())).getRoomTypeCapacity(GetRoomTypeCapacityRequest
                .newBuilder().setHotelId(hotelId).setRoomTypeId(roomTypeId).build()), hotelId, roomTypeId, r -> r).await();
    }

    /** Inventory's refusals this service can explain are passed on; anything else means "no answer". */
    static DomainException translate(RuntimeException e, long hotelId, long roomTypeId) {
        Status.Code code = GrpcErrors.code(e);
        String reason = GrpcErrors.reason(e);
        Map<String, String> metadata = GrpcErrors.errorInfo(e).map(i -> i.getMetadataMap()).orElse(Map.of());
        if (code == Status.Code.NOT_FOUND && "ROOM_TYPE_NOT_FOUND".equals(reason)) {
            return new DomainException(ErrorKind.NOT_FOUND, reason,
                    "inventory-svc knows no room type " + roomTypeId + " in hotel " + hotelId,
                    Map.of("hotel_id", Long.toString(hotelId), "room_type_id", Long.toString(roomTypeId)));
        }
        if (code == Status.Code.INVALID_ARGUMENT
                && ("INVALID_DATE_RANGE".equals(reason) || "INVALID_STAY".equals(reason))) {
            return new DomainException(ErrorKind.INVALID_ARGUMENT, "INVALID_STAY",
                    "the dates are outside what inventory-svc can price (" + metadata.getOrDefault("rule", "") + ")",
                    Map.of("field", metadata.getOrDefault("field", "end_date"), "rule", metadata.getOrDefault("rule", "")));
        }
        return new DomainException(ErrorKind.UNAVAILABLE, UNAVAILABLE_REASON,
                "inventory-svc gave no usable answer (" + code + "); no price is computed without occupancy");
    }

    /** A call in flight; {@link #await()} gives its mapped answer or the translated failure. */
    public static final class Pending<T> {

        private final Future<?> call;
        private final long hotelId;
        private final long roomTypeId;
        private final java.util.function.Function<Object, T> mapper;

        @SuppressWarnings("unchecked")
        <R> Pending(Future<R> call, long hotelId, long roomTypeId, java.util.function.Function<R, T> mapper) {
            this.call = call;
            this.hotelId = hotelId;
            this.roomTypeId = roomTypeId;
            this.mapper = (java.util.function.Function<Object, T>) mapper;
        }

        /** Waits for the answer (the call's own deadline bounds the wait). */
        public T await() {
            Object response;
            try {
                response = call.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                call.cancel(true);
                throw translate(Status.CANCELLED.withCause(e).asRuntimeException(), hotelId, roomTypeId);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw translate(cause instanceof RuntimeException re ? re : new RuntimeException(cause),
                        hotelId, roomTypeId);
            }
            return mapper.apply(response);
        }

        /** Gives up on the call (nothing is waited for any more). */
        public void cancel() {
            call.cancel(true);
        }
    }
}
