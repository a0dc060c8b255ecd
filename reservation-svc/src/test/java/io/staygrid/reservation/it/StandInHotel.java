package io.staygrid.reservation.it;

import io.grpc.stub.StreamObserver;
import io.staygrid.hotel.v1.GetHotelRequest;
import io.staygrid.hotel.v1.GetHotelResponse;
import io.staygrid.hotel.v1.GetRoomTypeRequest;
import io.staygrid.hotel.v1.GetRoomTypeResponse;
import io.staygrid.hotel.v1.Hotel;
import io.staygrid.hotel.v1.HotelServiceGrpc;
import io.staygrid.hotel.v1.RoomType;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.error.GrpcErrors;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * hotel-svc's catalog lookups in memory: every hotel is in UTC and every room type takes 4 guests per room,
 * unless a test set otherwise (before the service first asks: it caches the answers); hotels it does not know
 * (NOT_FOUND); an outage switch.
 */
public class StandInHotel extends HotelServiceGrpc.HotelServiceImplBase {

    public final Map<Long, String> timeZones = new ConcurrentHashMap<>();
    public final Map<Long, Integer> maxOccupancy = new ConcurrentHashMap<>();
    public final Set<Long> unknownHotels = ConcurrentHashMap.newKeySet();
    public volatile boolean down;

    public void reset() {
        down = false;
        unknownHotels.clear();
    }

    @Override
    public void getHotel(GetHotelRequest r, StreamObserver<GetHotelResponse> out) {
        if (refuseIfDown(out)) {
            return;
        }
        if (unknownHotels.contains(r.getHotelId())) {
            out.onError(GrpcErrors.toStatus(new DomainException(ErrorKind.NOT_FOUND, "HOTEL_NOT_FOUND", "no such hotel"),
                    "hotel.staygrid.io"));
            return;
        }
        out.onNext(GetHotelResponse.newBuilder().setHotel(Hotel.newBuilder().setHotelId(r.getHotelId())
                .setTimeZone(timeZones.getOrDefault(r.getHotelId(), "UTC"))).build());
        out.onCompleted();
    }

    @Override
    public void getRoomType(GetRoomTypeRequest r, StreamObserver<GetRoomTypeResponse> out) {
        if (refuseIfDown(out)) {
            return;
        }
        out.onNext(GetRoomTypeResponse.newBuilder().setRoomType(RoomType.newBuilder().setHotelId(r.getHotelId())
                .setRoomTypeId(r.getRoomTypeId()).setMaxOccupancy(maxOccupancy.getOrDefault(r.getRoomTypeId(), 4)))
                .build());
        out.onCompleted();
    }

    private boolean refuseIfDown(StreamObserver<?> out) {
        if (down) {
            out.onError(GrpcErrors.toStatus(new DomainException(ErrorKind.UNAVAILABLE, "UNAVAILABLE", "down"),
                    "hotel.staygrid.io"));
        }
        return down;
    }
}
