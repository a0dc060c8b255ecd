package io.staygrid.hotel.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.staygrid.hotel.config.HotelConfig;
import io.staygrid.hotel.domain.OutOfServiceCounts.Segment;
import io.staygrid.inventory.v1.InventoryServiceGrpc.InventoryServiceBlockingStub;
import io.staygrid.inventory.v1.OutOfServiceSegment;
import io.staygrid.inventory.v1.SetRoomTypeCapacityRequest;
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
 * inventory-svc as hotel-svc needs it: the rooms in service and out-of-service counts of a room type in one call, so
 * inventory never has one without the other; unforced unless staff forced the change. Every call has the deadline.
 */
@ApplicationScoped
public class InventoryClient {

    public static final String CAPACITY_BELOW_RESERVED = "CAPACITY_BELOW_RESERVED";
    public static final String INVENTORY_UNAVAILABLE = "INVENTORY_UNAVAILABLE";

    private final InventoryServiceBlockingStub stub;
    private final long deadlineMillis;

    public InventoryClient(@GrpcClient("inventory") InventoryServiceBlockingStub stub, HotelConfig config) {
        this.stub = stub;
        this.deadlineMillis = config.inventoryDeadline().toMillis();
    }

    /**
     * Sets the absolute rooms in service and the out-of-service counts of the segments; returns the end of inventory's
     * horizon (dates from it on were not set). Failures are DomainExceptions naming the downstream status.
     */
    public LocalDate setCapacity(long hotelId, long roomTypeId, String timeZone, int rooms, List<Segment> segments,
            boolean force) {
        try {
            var capacity = call().setRoomTypeCapacity(request(hotelId, roomTypeId, timeZone, rooms, segments).setForce(force)
                    .build()).getCapacity();
            return capacity.hasHorizonEndDate() ? ProtoTime.toLocalDate(capacity.getHorizonEndDate(), "horizon_end_date") : LocalDate.MAX;
        } catch (StatusRuntimeException e) {
            throw GrpcErrors.toDomain(e, INVENTORY_UNAVAILABLE);
        }
    }

    /**
     * Applies a reduction nobody forced: refused (CAPACITY_BELOW_RESERVED) if it would leave fewer sellable rooms than
     * already sold, INVENTORY_UNAVAILABLE if inventory could not answer (it may or may not have applied it).
     */
    public void applyUnforced(long hotelId, long roomTypeId, String timeZone, int rooms, List<Segment> segments) {
        try {
            call().setRoomTypeCapacity(request(hotelId, roomTypeId, timeZone, rooms, segments).build());
        } catch (StatusRuntimeException e) {
            throw refusal(e, roomTypeId);
        }
    }

    private InventoryServiceBlockingStub call() {
        return stub.withDeadlineAfter(deadlineMillis, TimeUnit.MILLISECONDS);
    }

    private static SetRoomTypeCapacityRequest.Builder request(long hotelId, long roomTypeId, String timeZone, int rooms,
            List<Segment> segments) {
        SetRoomTypeCapacityRequest.Builder b = SetRoomTypeCapacityRequest.newBuilder().setHotelId(hotelId)
                .setRoomTypeId(roomTypeId).setHotelTimeZone(timeZone).setRooms(rooms);
        for (Segment s : segments) {
            b.addOutOfServiceSegments(OutOfServiceSegment.newBuilder().setStartDate(ProtoTime.toProto(s.start()))
                    .setEndDate(ProtoTime.toProto(s.end())).setRooms(s.rooms()));
        }
        return b;
    }

    /** Passes a sold-out refusal on in this service's terms; anything else means the change could not be made. */
    private static DomainException refusal(StatusRuntimeException e, long roomTypeId) {
        if (e.getStatus().getCode() == Status.Code.FAILED_PRECONDITION && CAPACITY_BELOW_RESERVED.equals(GrpcErrors.reason(e))) {
            Map<String, String> meta = GrpcErrors.errorInfo(e).orElseThrow().getMetadataMap();
            String date = meta.getOrDefault("first_date", meta.getOrDefault("date", ""));
            return new DomainException(ErrorKind.FAILED_PRECONDITION, CAPACITY_BELOW_RESERVED,
                    "the change would leave fewer sellable rooms than already sold" + (date.isEmpty() ? "" : " on " + date)
                            + "; use force to apply it anyway",
                    Map.of("room_type_id", Long.toString(roomTypeId), "date", date));
        }
        return new DomainException(ErrorKind.UNAVAILABLE, INVENTORY_UNAVAILABLE,
                "inventory-svc could not apply the capacity change (" + e.getStatus().getCode() + "); nothing was written");
    }
}
