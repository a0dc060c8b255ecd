package io.staygrid.edge.standin;

import static io.staygrid.edge.standin.Answers.answer;

import io.grpc.stub.StreamObserver;
import io.staygrid.hotel.v1.*;
import io.staygrid.support.error.DomainException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A hotel-svc stand-in keeping hotels, room types and rooms in memory, with the contract's
 * NOT_FOUND / INVALID_FIELD / FAILED_PRECONDITION answers. Hotel {@link #SILENT_HOTEL} never answers.
 */
public class InMemoryHotelService extends HotelServiceGrpc.HotelServiceImplBase {

    public static final String DOMAIN = "hotel.staygrid.io";
    /** GetHotel of this id never answers, to prove the edge's deadline. */
    public static final long SILENT_HOTEL = 999_999;

    private final Map<Long, Hotel> hotels = new TreeMap<>();
    private final Map<Long, RoomType> roomTypes = new TreeMap<>();
    private final Map<Long, Room> rooms = new TreeMap<>();
    private final AtomicLong ids = new AtomicLong(100);
    public volatile UpdateHotelRequest lastHotelUpdate;
    public volatile UpdateRoomRequest lastRoomUpdate;
    public volatile CreateHotelRequest lastHotelCreate;

    @Override
    public synchronized void getHotel(GetHotelRequest request, StreamObserver<GetHotelResponse> observer) {
        if (request.getHotelId() == SILENT_HOTEL) {
            return;
        }
        answer(observer, DOMAIN, () -> GetHotelResponse.newBuilder().setHotel(hotel(request.getHotelId())).build());
    }

    @Override
    public synchronized void listHotels(ListHotelsRequest request, StreamObserver<ListHotelsResponse> observer) {
        answer(observer, DOMAIN, () -> {
            List<Hotel> matching = hotels.values().stream()
                    .filter(h -> request.getCity().isEmpty() || h.getCity().equalsIgnoreCase(request.getCity()))
                    .toList();
            Page<Hotel> page = Page.of(matching, request.getPageSize(), request.getPageToken(), Hotel::getHotelId);
            return ListHotelsResponse.newBuilder().addAllHotels(page.items()).setNextPageToken(page.next()).build();
        });
    }

    @Override
    public synchronized void createHotel(CreateHotelRequest request, StreamObserver<CreateHotelResponse> observer) {
        lastHotelCreate = request;
        answer(observer, DOMAIN, () -> {
            requireName(request.getHotel().getName(), "hotel.name");
            Hotel hotel = request.getHotel().toBuilder().setHotelId(ids.incrementAndGet()).build();
            hotels.put(hotel.getHotelId(), hotel);
            return CreateHotelResponse.newBuilder().setHotel(hotel).build();
        });
    }

    @Override
    public synchronized void updateHotel(UpdateHotelRequest request, StreamObserver<UpdateHotelResponse> observer) {
        lastHotelUpdate = request;
        answer(observer, DOMAIN, () -> {
            Hotel current = hotel(request.getHotel().getHotelId());
            Hotel.Builder updated = current.toBuilder();
            for (String path : request.getUpdateMask().getPathsList()) {
                switch (path) {
                    case "name" -> updated.setName(requireName(request.getHotel().getName(), "hotel.name"));
                    case "city" -> updated.setCity(request.getHotel().getCity());
                    case "description" -> updated.setDescription(request.getHotel().getDescription());
                    case "star_rating" -> updated.setStarRating(request.getHotel().getStarRating());
                    case "address_lines" -> updated.clearAddressLines().addAllAddressLines(request.getHotel().getAddressLinesList());
                    case "postal_code" -> updated.setPostalCode(request.getHotel().getPostalCode());
                    default -> throw DomainException.invalidField("INVALID_FIELD", "update_mask", "bad path " + path);
                }
            }
            hotels.put(current.getHotelId(), updated.build());
            return UpdateHotelResponse.newBuilder().setHotel(updated.build()).build();
        });
    }

    @Override
    public synchronized void deleteHotel(DeleteHotelRequest request, StreamObserver<DeleteHotelResponse> observer) {
        answer(observer, DOMAIN, () -> {
            hotel(request.getHotelId());
            long types = roomTypes.values().stream().filter(t -> t.getHotelId() == request.getHotelId()).count();
            if (types > 0 && !request.getForce()) {
                throw DomainException.failedPrecondition("HOTEL_NOT_EMPTY", "hotel has room types")
                        .with("room_types", Long.toString(types));
            }
            hotels.remove(request.getHotelId());
            return DeleteHotelResponse.getDefaultInstance();
        });
    }

    @Override
    public synchronized void getRoomType(GetRoomTypeRequest request, StreamObserver<GetRoomTypeResponse> observer) {
        answer(observer, DOMAIN, () -> GetRoomTypeResponse.newBuilder()
                .setRoomType(roomType(request.getHotelId(), request.getRoomTypeId())).build());
    }

    @Override
    public synchronized void listRoomTypes(ListRoomTypesRequest request, StreamObserver<ListRoomTypesResponse> observer) {
        answer(observer, DOMAIN, () -> {
            hotel(request.getHotelId());
            Page<RoomType> page = Page.of(roomTypes.values().stream().filter(t -> t.getHotelId() == request.getHotelId())
                    .toList(), request.getPageSize(), request.getPageToken(), RoomType::getRoomTypeId);
            return ListRoomTypesResponse.newBuilder().addAllRoomTypes(page.items()).setNextPageToken(page.next()).build();
        });
    }

    @Override
    public synchronized void createRoomType(CreateRoomTypeRequest request, StreamObserver<CreateRoomTypeResponse> observer) {
        answer(observer, DOMAIN, () -> {
            hotel(request.getHotelId());
            requireName(request.getRoomType().getName(), "room_type.name");
            RoomType type = request.getRoomType().toBuilder().setHotelId(request.getHotelId())
                    .setRoomTypeId(ids.incrementAndGet()).build();
            roomTypes.put(type.getRoomTypeId(), type);
            return CreateRoomTypeResponse.newBuilder().setRoomType(type).build();
        });
    }

    @Override
    public synchronized void deleteRoomType(DeleteRoomTypeRequest request, StreamObserver<DeleteRoomTypeResponse> observer) {
        answer(observer, DOMAIN, () -> {
            roomType(request.getHotelId(), request.getRoomTypeId());
            long count = rooms.values().stream().filter(r -> r.getRoomTypeId() == request.getRoomTypeId()).count();
            if (count > 0) {
                throw DomainException.failedPrecondition("ROOM_TYPE_HAS_ROOMS", "room type still has rooms")
                        .with("rooms", Long.toString(count));
            }
            roomTypes.remove(request.getRoomTypeId());
            return DeleteRoomTypeResponse.getDefaultInstance();
        });
    }

    @Override
    public synchronized void getRoom(GetRoomRequest request, StreamObserver<GetRoomResponse> observer) {
        answer(observer, DOMAIN, () -> GetRoomResponse.newBuilder().setRoom(room(request.getHotelId(), request.getRoomId())).build());
    }

    @Override
    public synchronized void listRooms(ListRoomsRequest request, StreamObserver<ListRoomsResponse> observer) {
        answer(observer, DOMAIN, () -> {
            hotel(request.getHotelId());
            Page<Room> page = Page.of(rooms.values().stream().filter(r -> r.getHotelId() == request.getHotelId())
                    .filter(r -> request.getStatus() == RoomStatus.ROOM_STATUS_UNSPECIFIED || r.getStatus() == request.getStatus())
                    .toList(), request.getPageSize(), request.getPageToken(), Room::getRoomId);
            return ListRoomsResponse.newBuilder().addAllRooms(page.items()).setNextPageToken(page.next()).build();
        });
    }

    @Override
    public synchronized void createRoom(CreateRoomRequest request, StreamObserver<CreateRoomResponse> observer) {
        answer(observer, DOMAIN, () -> {
            hotel(request.getHotelId());
            roomType(request.getHotelId(), request.getRoom().getRoomTypeId());
            boolean taken = rooms.values().stream().anyMatch(r -> r.getHotelId() == request.getHotelId()
                    && r.getNumber().equalsIgnoreCase(request.getRoom().getNumber()));
            if (taken) {
                throw DomainException.alreadyExists("ROOM_NUMBER_TAKEN", "room number taken")
                        .with("number", request.getRoom().getNumber());
            }
            Room.Builder room = request.getRoom().toBuilder().setHotelId(request.getHotelId()).setRoomId(ids.incrementAndGet());
            if (room.getStatus() == RoomStatus.ROOM_STATUS_UNSPECIFIED) {
                room.setStatus(RoomStatus.ROOM_STATUS_IN_SERVICE);
            }
            rooms.put(room.getRoomId(), room.build());
            return CreateRoomResponse.newBuilder().setRoom(room.build()).build();
        });
    }

    @Override
    public synchronized void updateRoom(UpdateRoomRequest request, StreamObserver<UpdateRoomResponse> observer) {
        lastRoomUpdate = request;
        answer(observer, DOMAIN, () -> {
            Room current = room(request.getRoom().getHotelId(), request.getRoom().getRoomId());
            Room.Builder updated = current.toBuilder();
            for (String path : request.getUpdateMask().getPathsList()) {
                switch (path) {
                    case "number" -> updated.setNumber(request.getRoom().getNumber());
                    case "floor" -> updated.setFloor(request.getRoom().getFloor());
                    case "room_type_id" -> updated.setRoomTypeId(
                            roomType(current.getHotelId(), request.getRoom().getRoomTypeId()).getRoomTypeId());
                    case "status" -> updated.setStatus(request.getRoom().getStatus());
                    default -> throw DomainException.invalidField("INVALID_FIELD", "update_mask", "bad path " + path);
                }
            }
            rooms.put(current.getRoomId(), updated.build());
            return UpdateRoomResponse.newBuilder().setRoom(updated.build()).build();
        });
    }

    @Override
    public synchronized void deleteRoom(DeleteRoomRequest request, StreamObserver<DeleteRoomResponse> observer) {
        answer(observer, DOMAIN, () -> {
            room(request.getHotelId(), request.getRoomId());
            rooms.remove(request.getRoomId());
            return DeleteRoomResponse.getDefaultInstance();
        });
    }

    private Hotel hotel(long hotelId) {
        if (hotelId <= 0) {
            throw DomainException.invalidField("INVALID_FIELD", "hotel_id", "hotel_id must be positive");
        }
        Hotel hotel = hotels.get(hotelId);
        if (hotel == null) {
            throw DomainException.notFound("HOTEL_NOT_FOUND", "no hotel " + hotelId).with("hotel_id", Long.toString(hotelId));
        }
        return hotel;
    }

    private RoomType roomType(long hotelId, long roomTypeId) {
        hotel(hotelId);
        RoomType type = roomTypes.get(roomTypeId);
        if (type == null || type.getHotelId() != hotelId) {
            throw DomainException.notFound("ROOM_TYPE_NOT_FOUND", "no room type " + roomTypeId)
                    .with("room_type_id", Long.toString(roomTypeId));
        }
        return type;
    }

    private Room room(long hotelId, long roomId) {
        hotel(hotelId);
        Room room = rooms.get(roomId);
        if (room == null || room.getHotelId() != hotelId) {
            throw DomainException.notFound("ROOM_NOT_FOUND", "no room " + roomId).with("room_id", Long.toString(roomId));
        }
        return room;
    }

    private static String requireName(String name, String field) {
        if (name.isBlank() || name.length() > 200) {
            throw DomainException.invalidField("INVALID_FIELD", field, field + " must be 1-200 characters");
        }
        return name;
    }

    /** Keyset paging over items sorted by id: the token is the last id returned. */
    record Page<T>(List<T> items, String next) {
        static <T> Page<T> of(List<T> sorted, int pageSize, String token, Function<T, Long> id) {
            int size = pageSize <= 0 ? 50 : Math.min(pageSize, 200);
            long after = token.isEmpty() ? 0 : Long.parseLong(token);
            List<T> rest = sorted.stream().filter(item -> id.apply(item) > after).toList();
            List<T> page = rest.stream().limit(size).toList();
            return new Page<>(page, rest.size() > size ? Long.toString(id.apply(page.get(page.size() - 1))) : "");
        }
    }
}
