package io.staygrid.hotel.mapping;

import io.staygrid.hotel.domain.BedGroup;
import io.staygrid.hotel.domain.BedType;
import io.staygrid.hotel.domain.RoomType;
import io.staygrid.hotel.v1.BedConfiguration;
import io.staygrid.support.proto.ProtoTime;
import java.util.List;

/** Room type between proto and domain; an unset or unknown bed type maps to null, which validation refuses. */
public final class RoomTypeMapper {

    private RoomTypeMapper() {
    }

    public static RoomType toDomain(long hotelId, io.staygrid.hotel.v1.RoomType p) {
        List<BedGroup> beds = p.getBedConfiguration().getBedGroupsList().stream()
                .map(g -> new BedGroup(bedType(g.getBedType()), g.getCount())).toList();
        return new RoomType(p.getRoomTypeId(), hotelId, p.getName(), p.getDescription(), p.getMaxOccupancy(), beds,
                p.getAmenitiesList(), null, null);
    }

    public static io.staygrid.hotel.v1.RoomType toProto(RoomType t) {
        BedConfiguration.Builder beds = BedConfiguration.newBuilder();
        for (BedGroup g : t.bedGroups()) {
            beds.addBedGroups(io.staygrid.hotel.v1.BedGroup.newBuilder()
                    .setBedType(io.staygrid.hotel.v1.BedType.valueOf("BED_TYPE_" + g.type().name())).setCount(g.count()));
        }
        return io.staygrid.hotel.v1.RoomType.newBuilder().setRoomTypeId(t.id()).setHotelId(t.hotelId()).setName(t.name())
                .setDescription(t.description()).setMaxOccupancy(t.maxOccupancy()).setBedConfiguration(beds)
                .addAllAmenities(t.amenities()).setCreateTime(ProtoTime.toProto(t.createTime()))
                .setUpdateTime(ProtoTime.toProto(t.updateTime())).build();
    }

    private static BedType bedType(io.staygrid.hotel.v1.BedType p) {
        return switch (p) {
            case BED_TYPE_SINGLE -> BedType.SINGLE;
            case BED_TYPE_DOUBLE -> BedType.DOUBLE;
            case BED_TYPE_QUEEN -> BedType.QUEEN;
            case BED_TYPE_KING -> BedType.KING;
            case BED_TYPE_SOFA_BED -> BedType.SOFA_BED;
            case BED_TYPE_BUNK -> BedType.BUNK;
            case BED_TYPE_CRIB -> BedType.CRIB;
            default -> null;
        };
    }
}
