package io.staygrid.edge.client;

import io.quarkus.grpc.GrpcClient;
import io.staygrid.edge.config.EdgeConfig;
import io.staygrid.hotel.v1.*;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Calls hotel-svc (the catalog). One method per RPC, each with a deadline. */
@ApplicationScoped
public class HotelClient {

    private final HotelServiceGrpc.HotelServiceBlockingStub stub;
    private final Duration read;
    private final Duration write;

    HotelClient(@GrpcClient("hotel") HotelServiceGrpc.HotelServiceBlockingStub stub, EdgeConfig config) {
        this.stub = stub;
        this.read = config.deadlines().read();
        this.write = config.deadlines().write();
    }

    public GetHotelResponse getHotel(GetHotelRequest request) {
        return Backend.HOTEL.call(stub, read, s -> s.getHotel(request));
    }

    public ListHotelsResponse listHotels(ListHotelsRequest request) {
        return Backend.HOTEL.call(stub, read, s -> s.listHotels(request));
    }

    public CreateHotelResponse createHotel(CreateHotelRequest request) {
        return Backend.HOTEL.call(stub, write, s -> s.createHotel(request));
    }

    public UpdateHotelResponse updateHotel(UpdateHotelRequest request) {
        return Backend.HOTEL.call(stub, write, s -> s.updateHotel(request));
    }

    public DeleteHotelResponse deleteHotel(DeleteHotelRequest request) {
        return Backend.HOTEL.call(stub, write, s -> s.deleteHotel(request));
    }

    public GetRoomTypeResponse getRoomType(GetRoomTypeRequest request) {
        return Backend.HOTEL.call(stub, read, s -> s.getRoomType(request));
    }

    public ListRoomTypesResponse listRoomTypes(ListRoomTypesRequest request) {
        return Backend.HOTEL.call(stub, read, s -> s.listRoomTypes(request));
    }

    public CreateRoomTypeResponse createRoomType(CreateRoomTypeRequest request) {
        return Backend.HOTEL.call(stub, write, s -> s.createRoomType(request));
    }

    public UpdateRoomTypeResponse updateRoomType(UpdateRoomTypeRequest request) {
        return Backend.HOTEL.call(stub, write, s -> s.updateRoomType(request));
    }

    public DeleteRoomTypeResponse deleteRoomType(DeleteRoomTypeRequest request) {
        return Backend.HOTEL.call(stub, write, s -> s.deleteRoomType(request));
    }

    public GetRoomResponse getRoom(GetRoomRequest request) {
        return Backend.HOTEL.call(stub, read, s -> s.getRoom(request));
    }

    public ListRoomsResponse listRooms(ListRoomsRequest request) {
        return Backend.HOTEL.call(stub, read, s -> s.listRooms(request));
    }

    public CreateRoomResponse createRoom(CreateRoomRequest request) {
        return Backend.HOTEL.call(stub, write, s -> s.createRoom(request));
    }

    public UpdateRoomResponse updateRoom(UpdateRoomRequest request) {
        return Backend.HOTEL.call(stub, write, s -> s.updateRoom(request));
    }

    public DeleteRoomResponse deleteRoom(DeleteRoomRequest request) {
        return Backend.HOTEL.call(stub, write, s -> s.deleteRoom(request));
    }

    public CreateRoomOutageResponse createRoomOutage(CreateRoomOutageRequest request) {
        return Backend.HOTEL.call(stub, write, s -> s.createRoomOutage(request));
    }

    public ListRoomOutagesResponse listRoomOutages(ListRoomOutagesRequest request) {
        return Backend.HOTEL.call(stub, read, s -> s.listRoomOutages(request));
    }

    public DeleteRoomOutageResponse deleteRoomOutage(DeleteRoomOutageRequest request) {
        return Backend.HOTEL.call(stub, write, s -> s.deleteRoomOutage(request));
    }
}
