package io.staygrid.pricing.client;

import io.grpc.Deadline;
import io.grpc.Status;
import io.quarkus.grpc.GrpcClient;
import io.staygrid.inventory.v1.GetOccupancyRequest;
import io.staygrid.inventory.v1.GetOccupancyResponse;
import io.staygrid.inventory.v1.GetRoomTypeCapacityRequest;
import io.staygrid.inventory.v1.InventoryServiceGrpc.InventoryServiceBlockingStub;
import io.staygrid.pricing.config.PricingConfig;
import io.staygrid.pricing.domain.DailyOccupancy;
import io.staygrid.pricing.domain.DateRange;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * inventory-svc as pricing sees it: occupancy per night and whether a room type exists. Every call
 * carries a deadline; a failure to get an answer is UNAVAILABLE (INVENTORY_UNAVAILABLE), never a guess.
 */
@ApplicationScoped
public class InventoryClient {

    public static final String UNAVAILABLE_REASON = "INVENTORY_UNAVAILABLE";

    private final InventoryServiceBlockingStub stub;
    private final PricingConfig config;

    public InventoryClient(@GrpcClient("inventory") InventoryServiceBlockingStub stub, PricingConfig config) {
        this.stub = stub;
        this.config = config;
    }

    /** A deadline of the configured length from now, to share between the calls of one request. */
    public Deadline newDeadline() {
        return Deadline.after(config.inventoryDeadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One GetOccupancy call for the whole range: one entry per night, in date order. */
    public List<DailyOccupancy> occupancy(long hotelId, long roomTypeId, DateRange range, Deadline deadline) {
        GetOccupancyRequest request = GetOccupancyRequest.newBuilder()
                .setHotelId(hotelId)
                .setRoomTypeId(roomTypeId)
                .setStartDate(ProtoTime.toProto(range.start()))
                .setEndDate(ProtoTime.toProto(range.end()))
                .build();
        GetOccupancyResponse response;
        try {
            response = stub.withDeadline(deadline).getOccupancy(request);
        } catch (RuntimeException e) {
            throw translate(e, hotelId, roomTypeId);
        }
        List<DailyOccupancy> days = response.getDaysList().stream()
                .map(d -> new DailyOccupancy(toLocalDateOrNull(d.getDate()), d.getTotalInventory(), d.getTotalReserved()))
                .toList();
        if (!days.stream().map(DailyOccupancy::date).toList().equals(range.dates())) {
            throw new DomainException(ErrorKind.UNAVAILABLE, UNAVAILABLE_REASON,
                    "inventory-svc answered occupancy for other nights than asked; no price is computed");
        }
        return days;
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
        try {
            stub.withDeadline(newDeadline()).getRoomTypeCapacity(GetRoomTypeCapacityRequest.newBuilder()
                    .setHotelId(hotelId).setRoomTypeId(roomTypeId).build());
        } catch (RuntimeException e) {
            throw translate(e, hotelId, roomTypeId);
        }
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
}
