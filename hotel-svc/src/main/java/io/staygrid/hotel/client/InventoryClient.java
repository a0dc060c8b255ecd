package io.staygrid.hotel.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.staygrid.hotel.config.HotelConfig;
import io.staygrid.inventory.v1.InventoryServiceGrpc.InventoryServiceBlockingStub;
import io.staygrid.inventory.v1.SetOutOfServiceRoomsRequest;
import io.staygrid.inventory.v1.SetRoomTypeCapacityRequest;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import io.staygrid.support.proto.ProtoTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * inventory-svc as hotel-svc needs it: synchronous validate_only checks before a capacity reduction,
 * and forced absolute deliveries from the outbox relay. Every call has the configured deadline.
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

    /** Refuses (CAPACITY_BELOW_RESERVED or INVENTORY_UNAVAILABLE) if setting this many rooms in service would undersell. */
    public void checkRooms(long hotelId, long roomTypeId, String timeZone, int rooms) {
        try {
            call().setRoomTypeCapacity(rooms(hotelId, roomTypeId, timeZone, rooms).setValidateOnly(true).build());
        } catch (StatusRuntimeException e) {
            throw checkRefusal(e, roomTypeId);
        }
    }

    /** Refuses like {@link #checkRooms} if this many rooms out of service on [start, end) would undersell. */
    public void checkOutOfService(long hotelId, long roomTypeId, LocalDate start, LocalDate end, int rooms) {
        try {
            call().setOutOfServiceRooms(outOfService(hotelId, roomTypeId, start, end, rooms).setValidateOnly(true).build());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return; // inventory has no rows for this room type yet, so nothing of it is sold
            }
            throw checkRefusal(e, roomTypeId);
        }
    }

    /** Sets the absolute rooms in service, forced; failures are DomainExceptions naming the downstream status. */
    public void setRooms(long hotelId, long roomTypeId, String timeZone, int rooms) {
        try {
            call().setRoomTypeCapacity(rooms(hotelId, roomTypeId, timeZone, rooms).setForce(true).build());
        } catch (StatusRuntimeException e) {
            throw GrpcErrors.toDomain(e, INVENTORY_UNAVAILABLE);
        }
    }

    /** Sets the absolute rooms out of service on every date of [start, end), forced. */
    public void setOutOfService(long hotelId, long roomTypeId, LocalDate start, LocalDate end, int rooms) {
        try {
            call().setOutOfServiceRooms(outOfService(hotelId, roomTypeId, start, end, rooms).setForce(true).build());
        } catch (StatusRuntimeException e) {
            throw GrpcErrors.toDomain(e, INVENTORY_UNAVAILABLE);
        }
    }

    private InventoryServiceBlockingStub call() {
        return stub.withDeadlineAfter(deadlineMillis, TimeUnit.MILLISECONDS);
    }

    private static SetRoomTypeCapacityRequest.Builder rooms(long hotelId, long roomTypeId, String timeZone, int rooms) {
        return SetRoomTypeCapacityRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(roomTypeId)
                .setHotelTimeZone(timeZone).setRooms(rooms);
    }

    private static SetOutOfServiceRoomsRequest.Builder outOfService(long hotelId, long roomTypeId, LocalDate start,
            LocalDate end, int rooms) {
        return SetOutOfServiceRoomsRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(roomTypeId)
                .setStartDate(ProtoTime.toProto(start)).setEndDate(ProtoTime.toProto(end)).setRooms(rooms);
    }

    /** Passes a sold-out refusal on in this service's terms; anything else means the check could not be made. */
    private static DomainException checkRefusal(StatusRuntimeException e, long roomTypeId) {
        if (e.getStatus().getCode() == Status.Code.FAILED_PRECONDITION && CAPACITY_BELOW_RESERVED.equals(GrpcErrors.reason(e))) {
            Map<String, String> meta = GrpcErrors.errorInfo(e).orElseThrow().getMetadataMap();
            String date = meta.getOrDefault("first_date", meta.getOrDefault("date", ""));
            return new DomainException(ErrorKind.FAILED_PRECONDITION, CAPACITY_BELOW_RESERVED,
                    "the change would leave fewer sellable rooms than already sold" + (date.isEmpty() ? "" : " on " + date)
                            + "; use force to apply it anyway",
                    Map.of("room_type_id", Long.toString(roomTypeId), "date", date));
        }
        return new DomainException(ErrorKind.UNAVAILABLE, INVENTORY_UNAVAILABLE,
                "inventory-svc could not check the capacity change (" + e.getStatus().getCode() + "); nothing was written");
    }
}
