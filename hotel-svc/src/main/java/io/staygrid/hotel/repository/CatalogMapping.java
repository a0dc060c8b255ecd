package io.staygrid.hotel.repository;

import io.staygrid.hotel.domain.BedGroup;
import io.staygrid.hotel.domain.Hotel;
import io.staygrid.hotel.domain.Room;
import io.staygrid.hotel.domain.RoomOutage;
import io.staygrid.hotel.domain.RoomStatus;
import io.staygrid.hotel.domain.RoomType;
import io.staygrid.hotel.repository.entity.HotelEntity;
import io.staygrid.hotel.repository.entity.RoomEntity;
import io.staygrid.hotel.repository.entity.RoomOutageEntity;
import io.staygrid.hotel.repository.entity.RoomTypeEntity;
import java.util.Arrays;
import java.util.List;

/** Entities to domain records and back: entities never leave the repositories. */
final class CatalogMapping {

    private CatalogMapping() {
    }

    static Hotel toDomain(HotelEntity e) {
        return new Hotel(e.id, e.name, List.of(e.addressLines), e.city, e.postalCode, e.countryCode, e.timeZone,
                e.currencyCode, e.starRating, e.description, e.createTime, e.updateTime);
    }

    static RoomType toDomain(RoomTypeEntity e) {
        return new RoomType(e.id, e.hotelId, e.name, e.description, e.maxOccupancy,
                Arrays.stream(e.bedGroups).map(BedGroup::decode).toList(), List.of(e.amenities), e.createTime,
                e.updateTime);
    }

    static Room toDomain(RoomEntity e) {
        return new Room(e.id, e.hotelId, e.number, e.floor, e.roomTypeId, RoomStatus.valueOf(e.status), e.createTime,
                e.updateTime);
    }

    static RoomOutage toDomain(RoomOutageEntity e) {
        return new RoomOutage(e.id, e.hotelId, e.roomId, e.startDate, e.endDate, e.reason, e.createTime);
    }

    /** The columns staff may change; country, time zone and currency are fixed once created. */
    static void copyEditable(Hotel from, HotelEntity to) {
        to.name = from.name();
        to.addressLines = from.addressLines().toArray(String[]::new);
        to.city = from.city();
        to.postalCode = from.postalCode();
        to.starRating = (short) from.starRating();
        to.description = from.description();
    }

    static void copyEditable(RoomType from, RoomTypeEntity to) {
        to.name = from.name();
        to.description = from.description();
        to.maxOccupancy = (short) from.maxOccupancy();
        to.bedGroups = from.bedGroups().stream().map(BedGroup::encode).toArray(String[]::new);
        to.amenities = from.amenities().toArray(String[]::new);
    }

    static void copyEditable(Room from, RoomEntity to) {
        to.number = from.number();
        to.floor = (short) from.floor();
        to.roomTypeId = from.roomTypeId();
        to.status = from.status().name();
    }
}
