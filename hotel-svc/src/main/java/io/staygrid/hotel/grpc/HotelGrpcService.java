package io.staygrid.hotel.grpc;

import static io.staygrid.hotel.grpc.RequestChecks.date;
import static io.staygrid.hotel.grpc.RequestChecks.fingerprint;
import static io.staygrid.hotel.grpc.RequestChecks.id;
import static io.staygrid.hotel.grpc.RequestChecks.optionalId;
import static io.staygrid.hotel.grpc.RequestChecks.paths;
import static io.staygrid.hotel.grpc.Replies.parser;
import static io.staygrid.hotel.grpc.Replies.unary;

import com.google.protobuf.MessageLite;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.staygrid.hotel.domain.CatalogErrors;
import io.staygrid.hotel.mapping.HotelMapper;
import io.staygrid.hotel.mapping.RoomMapper;
import io.staygrid.hotel.mapping.RoomTypeMapper;
import io.staygrid.hotel.service.HotelCatalog;
import io.staygrid.hotel.service.IdempotentCalls;
import io.staygrid.hotel.service.OutageCatalog;
import io.staygrid.hotel.service.Paging;
import io.staygrid.hotel.service.RoomCatalog;
import io.staygrid.hotel.service.RoomTypeCatalog;
import io.staygrid.hotel.v1.*;
import io.staygrid.support.paging.Page;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Supplier;

/** HotelService over gRPC: checks request shapes, maps, calls the catalog services. */
@GrpcService
@Blocking
public class HotelGrpcService extends HotelServiceGrpc.HotelServiceImplBase {

    private static final Set<String> HOTEL_PATHS = Set.of("name", "address_lines", "city", "postal_code", "star_rating",
            "description");
    private static final Set<String> ROOM_TYPE_PATHS = Set.of("name", "description", "max_occupancy", "bed_configuration",
            "amenities");
    private static final Set<String> ROOM_PATHS = Set.of("number", "floor", "room_type_id", "status");

    private final HotelCatalog hotels;
    private final RoomTypeCatalog roomTypes;
    private final RoomCatalog rooms;
    private final OutageCatalog outages;
    private final IdempotentCalls idempotent;

    public HotelGrpcService(HotelCatalog hotels, RoomTypeCatalog roomTypes, RoomCatalog rooms, OutageCatalog outages,
            IdempotentCalls idempotent) {
        this.hotels = hotels;
        this.roomTypes = roomTypes;
        this.rooms = rooms;
        this.outages = outages;
        this.idempotent = idempotent;
    }

    @Override
    public void getHotel(GetHotelRequest r, StreamObserver<GetHotelResponse> out) {
        unary(out, () -> GetHotelResponse.newBuilder()
                .setHotel(HotelMapper.toProto(hotels.get(id(r.getHotelId(), "hotel_id")))).build());
    }

    @Override
    public void listHotels(ListHotelsRequest r, StreamObserver<ListHotelsResponse> out) {
        unary(out, () -> {
            Page<io.staygrid.hotel.domain.Hotel> page = hotels.list(r.getCity(), r.getCountryCode(),
                    Paging.request(r.getPageSize(), r.getPageToken()));
            return ListHotelsResponse.newBuilder().addAllHotels(page.items().stream().map(HotelMapper::toProto).toList())
                    .setNextPageToken(page.nextPageToken()).build();
        });
    }

    @Override
    public void createHotel(CreateHotelRequest r, StreamObserver<CreateHotelResponse> out) {
        unary(out, () -> once(r.getRequestId(), "CreateHotel", r.toBuilder().clearRequestId().build(),
                () -> CreateHotelResponse.newBuilder()
                        .setHotel(HotelMapper.toProto(hotels.create(HotelMapper.toDomain(r.getHotel())))).build(),
                parser(CreateHotelResponse.parser())));
    }

    @Override
    public void updateHotel(UpdateHotelRequest r, StreamObserver<UpdateHotelResponse> out) {
        unary(out, () -> {
            id(r.getHotel().getHotelId(), "hotel.hotel_id");
            Set<String> paths = paths(r.getUpdateMask(), HOTEL_PATHS);
            return UpdateHotelResponse.newBuilder()
                    .setHotel(HotelMapper.toProto(hotels.update(HotelMapper.toDomain(r.getHotel()), paths))).build();
        });
    }

    @Override
    public void deleteHotel(DeleteHotelRequest r, StreamObserver<DeleteHotelResponse> out) {
        unary(out, () -> {
            HotelCatalog.Deleted d = hotels.delete(id(r.getHotelId(), "hotel_id"), r.getForce());
            return DeleteHotelResponse.newBuilder().setDeletedRoomTypes(d.roomTypes()).setDeletedRooms(d.rooms()).build();
        });
    }

    @Override
    public void getRoomType(GetRoomTypeRequest r, StreamObserver<GetRoomTypeResponse> out) {
        unary(out, () -> GetRoomTypeResponse.newBuilder().setRoomType(RoomTypeMapper.toProto(
                roomTypes.get(id(r.getHotelId(), "hotel_id"), id(r.getRoomTypeId(), "room_type_id")))).build());
    }

    @Override
    public void listRoomTypes(ListRoomTypesRequest r, StreamObserver<ListRoomTypesResponse> out) {
        unary(out, () -> {
            long hotelId = id(r.getHotelId(), "hotel_id");
            Page<io.staygrid.hotel.domain.RoomType> page = roomTypes.list(hotelId,
                    Paging.request(r.getPageSize(), r.getPageToken()));
            return ListRoomTypesResponse.newBuilder()
                    .addAllRoomTypes(page.items().stream().map(RoomTypeMapper::toProto).toList())
                    .setNextPageToken(page.nextPageToken()).build();
        });
    }

    @Override
    public void createRoomType(CreateRoomTypeRequest r, StreamObserver<CreateRoomTypeResponse> out) {
        unary(out, () -> {
            long hotelId = id(r.getHotelId(), "hotel_id");
            return once(r.getRequestId(), "CreateRoomType", r.toBuilder().clearRequestId().build(),
                    () -> CreateRoomTypeResponse.newBuilder().setRoomType(RoomTypeMapper.toProto(
                            roomTypes.create(hotelId, RoomTypeMapper.toDomain(hotelId, r.getRoomType())))).build(),
                    parser(CreateRoomTypeResponse.parser()));
        });
    }

    @Override
    public void updateRoomType(UpdateRoomTypeRequest r, StreamObserver<UpdateRoomTypeResponse> out) {
        unary(out, () -> {
            long hotelId = id(r.getRoomType().getHotelId(), "room_type.hotel_id");
            id(r.getRoomType().getRoomTypeId(), "room_type.room_type_id");
            Set<String> paths = paths(r.getUpdateMask(), ROOM_TYPE_PATHS);
            return UpdateRoomTypeResponse.newBuilder().setRoomType(RoomTypeMapper.toProto(
                    roomTypes.update(RoomTypeMapper.toDomain(hotelId, r.getRoomType()), paths))).build();
        });
    }

    @Override
    public void deleteRoomType(DeleteRoomTypeRequest r, StreamObserver<DeleteRoomTypeResponse> out) {
        unary(out, () -> DeleteRoomTypeResponse.newBuilder().setCapacity(RoomMapper.toProto(
                roomTypes.delete(id(r.getHotelId(), "hotel_id"), id(r.getRoomTypeId(), "room_type_id")))).build());
    }

    @Override
    public void getRoom(GetRoomRequest r, StreamObserver<GetRoomResponse> out) {
        unary(out, () -> GetRoomResponse.newBuilder().setRoom(RoomMapper.toProto(
                rooms.get(id(r.getHotelId(), "hotel_id"), id(r.getRoomId(), "room_id")))).build());
    }

    @Override
    public void listRooms(ListRoomsRequest r, StreamObserver<ListRoomsResponse> out) {
        unary(out, () -> {
            long hotelId = id(r.getHotelId(), "hotel_id");
            long typeId = optionalId(r.getRoomTypeId(), "room_type_id");
            io.staygrid.hotel.domain.RoomStatus status = RoomMapper.statusFilter(r.getStatus());
            if (status == null && r.getStatus() != RoomStatus.ROOM_STATUS_UNSPECIFIED) {
                throw CatalogErrors.invalid("status", "status is not a known room status");
            }
            Page<io.staygrid.hotel.domain.Room> page = rooms.list(hotelId, typeId, status,
                    Paging.request(r.getPageSize(), r.getPageToken()));
            return ListRoomsResponse.newBuilder().addAllRooms(page.items().stream().map(RoomMapper::toProto).toList())
                    .setNextPageToken(page.nextPageToken()).build();
        });
    }

    @Override
    public void createRoom(CreateRoomRequest r, StreamObserver<CreateRoomResponse> out) {
        unary(out, () -> {
            long hotelId = id(r.getHotelId(), "hotel_id");
            return once(r.getRequestId(), "CreateRoom", r.toBuilder().clearRequestId().build(), () -> {
                RoomCatalog.Changed c = rooms.create(hotelId, RoomMapper.toDomain(hotelId, r.getRoom(), true));
                return CreateRoomResponse.newBuilder().setRoom(RoomMapper.toProto(c.room()))
                        .setCapacity(RoomMapper.toProto(c.capacities().get(0))).build();
            }, parser(CreateRoomResponse.parser()));
        });
    }

    @Override
    public void updateRoom(UpdateRoomRequest r, StreamObserver<UpdateRoomResponse> out) {
        unary(out, () -> {
            long hotelId = id(r.getRoom().getHotelId(), "room.hotel_id");
            id(r.getRoom().getRoomId(), "room.room_id");
            Set<String> paths = paths(r.getUpdateMask(), ROOM_PATHS);
            RoomCatalog.Changed c = rooms.update(RoomMapper.toDomain(hotelId, r.getRoom(), false), paths, r.getForce());
            return UpdateRoomResponse.newBuilder().setRoom(RoomMapper.toProto(c.room()))
                    .addAllCapacities(c.capacities().stream().map(RoomMapper::toProto).toList()).build();
        });
    }

    @Override
    public void deleteRoom(DeleteRoomRequest r, StreamObserver<DeleteRoomResponse> out) {
        unary(out, () -> DeleteRoomResponse.newBuilder().setCapacity(RoomMapper.toProto(
                rooms.delete(id(r.getHotelId(), "hotel_id"), id(r.getRoomId(), "room_id"), r.getForce()))).build());
    }

    @Override
    public void createRoomOutage(CreateRoomOutageRequest r, StreamObserver<CreateRoomOutageResponse> out) {
        unary(out, () -> {
            long hotelId = id(r.getHotelId(), "hotel_id");
            long roomId = id(r.getRoomId(), "room_id");
            LocalDate start = date(r.getStartDate(), "start_date");
            LocalDate end = date(r.getEndDate(), "end_date");
            return once(r.getRequestId(), "CreateRoomOutage", r.toBuilder().clearRequestId().build(), () -> {
                OutageCatalog.Created c = outages.create(hotelId, roomId, start, end, r.getReason(), r.getForce());
                return CreateRoomOutageResponse.newBuilder().setOutage(RoomMapper.toProto(c.outage()))
                        .setCapacity(RoomMapper.toProto(c.capacity())).build();
            }, parser(CreateRoomOutageResponse.parser()));
        });
    }

    @Override
    public void listRoomOutages(ListRoomOutagesRequest r, StreamObserver<ListRoomOutagesResponse> out) {
        unary(out, () -> {
            long hotelId = id(r.getHotelId(), "hotel_id");
            long roomId = optionalId(r.getRoomId(), "room_id");
            LocalDate from = null;
            LocalDate to = null;
            if (r.hasStartDate() || r.hasEndDate()) {
                from = date(r.getStartDate(), "start_date");
                to = date(r.getEndDate(), "end_date");
                if (!to.isAfter(from)) {
                    throw CatalogErrors.invalid("end_date", "end_date must be after start_date");
                }
            }
            Page<io.staygrid.hotel.domain.RoomOutage> page = outages.list(hotelId, roomId, from, to,
                    Paging.request(r.getPageSize(), r.getPageToken()));
            return ListRoomOutagesResponse.newBuilder()
                    .addAllOutages(page.items().stream().map(RoomMapper::toProto).toList())
                    .setNextPageToken(page.nextPageToken()).build();
        });
    }

    @Override
    public void deleteRoomOutage(DeleteRoomOutageRequest r, StreamObserver<DeleteRoomOutageResponse> out) {
        unary(out, () -> DeleteRoomOutageResponse.newBuilder().setCapacity(RoomMapper.toProto(outages.delete(
                id(r.getHotelId(), "hotel_id"), id(r.getRoomId(), "room_id"), id(r.getOutageId(), "outage_id")))).build());
    }

    @Override
    public void getRoomTypeCapacity(GetRoomTypeCapacityRequest r, StreamObserver<GetRoomTypeCapacityResponse> out) {
        unary(out, () -> GetRoomTypeCapacityResponse.newBuilder().setCapacity(RoomMapper.toProto(
                roomTypes.capacity(id(r.getHotelId(), "hotel_id"), id(r.getRoomTypeId(), "room_type_id")))).build());
    }

    private <T extends MessageLite> T once(String requestId, String rpc, com.google.protobuf.Message body, Supplier<T> call,
            java.util.function.Function<byte[], T> decode) {
        return idempotent.run(requestId, rpc, fingerprint(body), call, MessageLite::toByteArray, decode);
    }
}
