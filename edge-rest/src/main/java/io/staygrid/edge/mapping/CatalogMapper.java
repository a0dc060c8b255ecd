package io.staygrid.edge.mapping;

import static io.staygrid.edge.mapping.ProtoValues.enumName;
import static io.staygrid.edge.mapping.ProtoValues.i32;
import static io.staygrid.edge.mapping.ProtoValues.i64;
import static io.staygrid.edge.mapping.ProtoValues.instant;
import static io.staygrid.edge.mapping.ProtoValues.str;

import io.staygrid.edge.rest.model.BedGroup;
import io.staygrid.edge.rest.model.BedType;
import io.staygrid.edge.rest.model.Hotel;
import io.staygrid.edge.rest.model.HotelInput;
import io.staygrid.edge.rest.model.HotelUpdate;
import io.staygrid.edge.rest.model.Room;
import io.staygrid.edge.rest.model.RoomInput;
import io.staygrid.edge.rest.model.RoomStatus;
import io.staygrid.edge.rest.model.RoomType;
import io.staygrid.edge.rest.model.RoomTypeInput;
import java.util.List;

/** Hotels, room types and rooms between the REST model and staygrid.hotel.v1. */
public final class CatalogMapper {

    private CatalogMapper() {
    }

    public static Hotel hotel(io.staygrid.hotel.v1.Hotel h) {
        return new Hotel(h.getHotelId(), h.getName(), h.getAddressLinesList(), h.getCity(), h.getPostalCode(),
                h.getCountryCode(), h.getTimeZone(), h.getCurrencyCode(), h.getStarRating(), h.getDescription(),
                instant(h.hasCreateTime(), h.getCreateTime()), instant(h.hasUpdateTime(), h.getUpdateTime()));
    }

    public static io.staygrid.hotel.v1.Hotel hotel(HotelInput in) {
        return io.staygrid.hotel.v1.Hotel.newBuilder()
                .setName(str(in.name())).addAllAddressLines(list(in.addressLines())).setCity(str(in.city()))
                .setPostalCode(str(in.postalCode())).setCountryCode(str(in.countryCode()))
                .setTimeZone(str(in.timeZone())).setCurrencyCode(str(in.currencyCode()))
                .setStarRating(i32(in.starRating())).setDescription(str(in.description()))
                .build();
    }

    public static io.staygrid.hotel.v1.Hotel hotel(long hotelId, HotelUpdate in) {
        return io.staygrid.hotel.v1.Hotel.newBuilder().setHotelId(hotelId)
                .setName(str(in.name())).addAllAddressLines(list(in.addressLines())).setCity(str(in.city()))
                .setPostalCode(str(in.postalCode())).setStarRating(i32(in.starRating()))
                .setDescription(str(in.description()))
                .build();
    }

    public static RoomType roomType(io.staygrid.hotel.v1.RoomType t) {
        List<BedGroup> beds = t.getBedConfiguration().getBedGroupsList().stream()
                .map(g -> new BedGroup(bedType(g.getBedType()), g.getCount())).toList();
        return new RoomType(t.getRoomTypeId(), t.getHotelId(), t.getName(), t.getDescription(), t.getMaxOccupancy(),
                beds, t.getAmenitiesList(), instant(t.hasCreateTime(), t.getCreateTime()),
                instant(t.hasUpdateTime(), t.getUpdateTime()));
    }

    public static io.staygrid.hotel.v1.RoomType roomType(long hotelId, long roomTypeId, RoomTypeInput in) {
        io.staygrid.hotel.v1.BedConfiguration.Builder beds = io.staygrid.hotel.v1.BedConfiguration.newBuilder();
        for (BedGroup group : list(in.bedConfiguration())) {
            beds.addBedGroups(io.staygrid.hotel.v1.BedGroup.newBuilder()
                    .setBedType(group == null || group.bedType() == null ? io.staygrid.hotel.v1.BedType.BED_TYPE_UNSPECIFIED
                            : io.staygrid.hotel.v1.BedType.valueOf("BED_TYPE_" + group.bedType().name()))
                    .setCount(group == null ? 0 : i32(group.count())));
        }
        return io.staygrid.hotel.v1.RoomType.newBuilder().setHotelId(hotelId).setRoomTypeId(roomTypeId)
                .setName(str(in.name())).setDescription(str(in.description()))
                .setMaxOccupancy(i32(in.maxOccupancy())).setBedConfiguration(beds)
                .addAllAmenities(list(in.amenities()))
                .build();
    }

    public static Room room(io.staygrid.hotel.v1.Room r) {
        return new Room(r.getRoomId(), r.getHotelId(), r.getNumber(), r.getFloor(), r.getRoomTypeId(),
                roomStatus(r.getStatus()), instant(r.hasCreateTime(), r.getCreateTime()),
                instant(r.hasUpdateTime(), r.getUpdateTime()));
    }

    public static io.staygrid.hotel.v1.Room room(long hotelId, long roomId, RoomInput in) {
        return io.staygrid.hotel.v1.Room.newBuilder().setHotelId(hotelId).setRoomId(roomId)
                .setNumber(str(in.number())).setFloor(i32(in.floor())).setRoomTypeId(i64(in.roomTypeID()))
                .setStatus(roomStatus(in.status()))
                .build();
    }

    public static io.staygrid.hotel.v1.RoomStatus roomStatus(RoomStatus status) {
        return status == null ? io.staygrid.hotel.v1.RoomStatus.ROOM_STATUS_UNSPECIFIED
                : io.staygrid.hotel.v1.RoomStatus.valueOf("ROOM_STATUS_" + status.name());
    }

    private static RoomStatus roomStatus(io.staygrid.hotel.v1.RoomStatus status) {
        String name = enumName(status, "ROOM_STATUS_");
        return name == null ? null : RoomStatus.valueOf(name);
    }

    private static BedType bedType(io.staygrid.hotel.v1.BedType type) {
        String name = enumName(type, "BED_TYPE_");
        return name == null ? null : BedType.valueOf(name);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
