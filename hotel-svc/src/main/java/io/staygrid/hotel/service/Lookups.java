package io.staygrid.hotel.service;

import io.staygrid.hotel.domain.CatalogErrors;
import io.staygrid.hotel.domain.Hotel;
import io.staygrid.hotel.domain.Room;
import io.staygrid.hotel.domain.RoomType;
import io.staygrid.hotel.repository.HotelRepository;
import io.staygrid.hotel.repository.RoomRepository;
import io.staygrid.hotel.repository.RoomTypeRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Finds catalog entries by id within their hotel, or refuses with the documented NOT_FOUND reasons. */
@ApplicationScoped
public class Lookups {

    private final HotelRepository hotels;
    private final RoomTypeRepository roomTypes;
    private final RoomRepository rooms;

    public Lookups(HotelRepository hotels, RoomTypeRepository roomTypes, RoomRepository rooms) {
        this.hotels = hotels;
        this.roomTypes = roomTypes;
        this.rooms = rooms;
    }

    public Hotel hotel(long hotelId) {
        return hotels.find(hotelId).orElseThrow(() -> CatalogErrors.hotelNotFound(hotelId));
    }

    public RoomType roomType(long hotelId, long roomTypeId) {
        return roomTypes.find(hotelId, roomTypeId).orElseThrow(() -> CatalogErrors.roomTypeNotFound(roomTypeId));
    }

    /** The room type locked for a capacity change; one of another hotel is ROOM_TYPE_IN_OTHER_HOTEL. */
    public RoomType lockRoomTypeForRoom(long hotelId, long roomTypeId) {
        return roomTypes.lock(hotelId, roomTypeId).orElseThrow(() -> roomTypes.findAnyHotel(roomTypeId).isPresent()
                ? CatalogErrors.roomTypeInOtherHotel(roomTypeId)
                : CatalogErrors.roomTypeNotFound(roomTypeId));
    }

    public RoomType lockRoomType(long hotelId, long roomTypeId) {
        return roomTypes.lock(hotelId, roomTypeId).orElseThrow(() -> CatalogErrors.roomTypeNotFound(roomTypeId));
    }

    public Room room(long hotelId, long roomId) {
        return rooms.find(hotelId, roomId).orElseThrow(() -> CatalogErrors.roomNotFound(roomId));
    }

    public Room lockRoom(long hotelId, long roomId) {
        return rooms.lock(hotelId, roomId).orElseThrow(() -> CatalogErrors.roomNotFound(roomId));
    }
}
