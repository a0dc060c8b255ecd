package io.staygrid.inventory.mapping;

import static io.staygrid.support.proto.ProtoTime.toProto;

import io.staygrid.inventory.domain.Availability;
import io.staygrid.inventory.domain.Horizon;
import io.staygrid.inventory.domain.Night;
import io.staygrid.inventory.domain.OverbookingPolicy;
import io.staygrid.inventory.domain.RoomTypeCapacity;
import io.staygrid.inventory.v1.DailyOccupancy;
import io.staygrid.inventory.v1.Hold;
import io.staygrid.inventory.v1.HoldState;
import io.staygrid.inventory.v1.NightInventory;
import io.staygrid.inventory.v1.OverbookedNight;
import io.staygrid.inventory.v1.RoomTypeAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/** Domain values to their proto messages. */
@ApplicationScoped
public class InventoryMapper {

    private final Clock clock;

    public InventoryMapper(Clock clock) {
        this.clock = clock;
    }

    public io.staygrid.inventory.v1.RoomTypeCapacity capacity(RoomTypeCapacity c) {
        return capacity(c, Horizon.today(clock, c.timeZone()));
    }

    /** The capacity with the horizon of the hotel's {@code today} a change was made for. */
    public io.staygrid.inventory.v1.RoomTypeCapacity capacity(RoomTypeCapacity c, LocalDate today) {
        return io.staygrid.inventory.v1.RoomTypeCapacity.newBuilder()
                .setHotelId(c.hotelId())
                .setRoomTypeId(c.roomTypeId())
                .setHotelTimeZone(c.timeZone())
                .setRooms(c.rooms())
                .setHorizonStartDate(toProto(today))
                .setHorizonEndDate(toProto(Horizon.end(today)))
                .setCreateTime(toProto(c.createTime()))
                .setUpdateTime(toProto(c.updateTime()))
                .build();
    }

    public Hold hold(io.staygrid.inventory.domain.Hold h) {
        Hold.Builder b = Hold.newBuilder()
                .setReservationId(h.reservationId().toString())
                .setHotelId(h.stay().hotelId())
                .setRoomTypeId(h.stay().roomTypeId())
                .setStartDate(toProto(h.stay().startDate()))
                .setEndDate(toProto(h.stay().endDate()))
                .setRooms(h.stay().rooms())
                .setState(state(h.state()))
                .setCreateTime(toProto(h.createTime()))
                .setUpdateTime(toProto(h.updateTime()));
        if (h.expireTime() != null) {
            b.setExpireTime(toProto(h.expireTime()));
        }
        return b.build();
    }

    public static HoldState state(io.staygrid.inventory.domain.HoldState s) {
        return switch (s) {
            case HELD -> HoldState.HOLD_STATE_HELD;
            case CONFIRMED -> HoldState.HOLD_STATE_CONFIRMED;
            case RELEASED -> HoldState.HOLD_STATE_RELEASED;
            case EXPIRED -> HoldState.HOLD_STATE_EXPIRED;
        };
    }

    /** A filter value; UNSPECIFIED (and unknown numbers) mean no filter and map to null. */
    public static io.staygrid.inventory.domain.HoldState state(HoldState s) {
        return switch (s) {
            case HOLD_STATE_HELD -> io.staygrid.inventory.domain.HoldState.HELD;
            case HOLD_STATE_CONFIRMED -> io.staygrid.inventory.domain.HoldState.CONFIRMED;
            case HOLD_STATE_RELEASED -> io.staygrid.inventory.domain.HoldState.RELEASED;
            case HOLD_STATE_EXPIRED -> io.staygrid.inventory.domain.HoldState.EXPIRED;
            default -> null;
        };
    }

    public RoomTypeAvailability availability(Availability a) {
        RoomTypeAvailability.Builder b = RoomTypeAvailability.newBuilder()
                .setRoomTypeId(a.roomTypeId())
                .setAvailableRooms(a.availableRooms())
                .setBookable(a.bookable());
        for (Night n : a.nights()) {
            b.addNights(NightInventory.newBuilder()
                    .setDate(toProto(n.date()))
                    .setTotalInventory(n.totalInventory())
                    .setTotalReserved(n.totalReserved())
                    .setSellLimit(n.sellLimit())
                    .setAvailableRooms(n.available(a.today()))
                    .setOutOfServiceRooms(n.outOfService()));
        }
        return b.build();
    }

    public DailyOccupancy occupancy(Night n) {
        return DailyOccupancy.newBuilder()
                .setDate(toProto(n.date()))
                .setTotalInventory(n.totalInventory())
                .setTotalReserved(n.totalReserved())
                .setSellLimit(n.sellLimit())
                .build();
    }

    public OverbookedNight overbooked(Night n) {
        return OverbookedNight.newBuilder()
                .setRoomTypeId(n.roomTypeId())
                .setDate(toProto(n.date()))
                .setTotalInventory(n.totalInventory())
                .setTotalReserved(n.totalReserved())
                .setSellLimit(n.sellLimit())
                .setOverbookedRooms(n.overbookedRooms())
                .build();
    }

    public io.staygrid.inventory.v1.OverbookingPolicy policy(OverbookingPolicy p) {
        io.staygrid.inventory.v1.OverbookingPolicy.Builder b = io.staygrid.inventory.v1.OverbookingPolicy.newBuilder()
                .setHotelId(p.hotelId())
                .setOverbookingPercent(p.percent())
                .setIsDefault(p.isDefault());
        if (p.updateTime() != null) {
            b.setUpdateTime(toProto(p.updateTime()));
        }
        return b.build();
    }
}
