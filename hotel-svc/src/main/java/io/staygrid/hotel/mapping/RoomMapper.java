package io.staygrid.hotel.mapping;

import io.staygrid.hotel.domain.CapacityStatus;
import io.staygrid.hotel.domain.Room;
import io.staygrid.hotel.domain.RoomOutage;
import io.staygrid.hotel.domain.RoomStatus;
import io.staygrid.hotel.v1.CapacitySyncState;
import io.staygrid.hotel.v1.RoomTypeCapacityStatus;
import io.staygrid.support.proto.ProtoTime;

/** Rooms, outages and capacity states between proto and domain. */
public final class RoomMapper {

    private RoomMapper() {
    }

    /** The room of a request; an unset status means IN_SERVICE only when {@code unsetMeansInService}. */
    public static Room toDomain(long hotelId, io.staygrid.hotel.v1.Room p, boolean unsetMeansInService) {
        return new Room(p.getRoomId(), hotelId, p.getNumber(), p.getFloor(), p.getRoomTypeId(),
                status(p.getStatus(), unsetMeansInService), null, null);
    }

    /** A status filter: unset means any (null). */
    public static RoomStatus statusFilter(io.staygrid.hotel.v1.RoomStatus p) {
        return p == io.staygrid.hotel.v1.RoomStatus.ROOM_STATUS_UNSPECIFIED ? null : status(p, false);
    }

    private static RoomStatus status(io.staygrid.hotel.v1.RoomStatus p, boolean unsetMeansInService) {
        return switch (p) {
            case ROOM_STATUS_IN_SERVICE -> RoomStatus.IN_SERVICE;
            case ROOM_STATUS_OUT_OF_SERVICE -> RoomStatus.OUT_OF_SERVICE;
            case ROOM_STATUS_UNSPECIFIED -> unsetMeansInService ? RoomStatus.IN_SERVICE : null;
            default -> null;
        };
    }

    public static io.staygrid.hotel.v1.Room toProto(Room r) {
        return io.staygrid.hotel.v1.Room.newBuilder().setRoomId(r.id()).setHotelId(r.hotelId()).setNumber(r.number())
                .setFloor(r.floor()).setRoomTypeId(r.roomTypeId())
                .setStatus(r.inService() ? io.staygrid.hotel.v1.RoomStatus.ROOM_STATUS_IN_SERVICE
                        : io.staygrid.hotel.v1.RoomStatus.ROOM_STATUS_OUT_OF_SERVICE)
                .setCreateTime(ProtoTime.toProto(r.createTime())).setUpdateTime(ProtoTime.toProto(r.updateTime())).build();
    }

    public static io.staygrid.hotel.v1.RoomOutage toProto(RoomOutage o) {
        return io.staygrid.hotel.v1.RoomOutage.newBuilder().setOutageId(o.id()).setHotelId(o.hotelId()).setRoomId(o.roomId())
                .setStartDate(ProtoTime.toProto(o.startDate())).setEndDate(ProtoTime.toProto(o.endDate()))
                .setReason(o.reason()).setCreateTime(ProtoTime.toProto(o.createTime())).build();
    }

    public static RoomTypeCapacityStatus toProto(CapacityStatus c) {
        RoomTypeCapacityStatus.Builder b = RoomTypeCapacityStatus.newBuilder().setHotelId(c.hotelId())
                .setRoomTypeId(c.roomTypeId()).setTotalRooms(c.totalRooms()).setInServiceRooms(c.inServiceRooms())
                .setSyncState(c.pending() ? CapacitySyncState.CAPACITY_SYNC_STATE_PENDING : CapacitySyncState.CAPACITY_SYNC_STATE_SYNCED)
                .setLastSyncError(c.lastSyncError());
        if (c.pendingSince() != null) {
            b.setPendingSinceTime(ProtoTime.toProto(c.pendingSince()));
        }
        if (c.lastSyncTime() != null) {
            b.setLastSyncTime(ProtoTime.toProto(c.lastSyncTime()));
        }
        return b.build();
    }
}
