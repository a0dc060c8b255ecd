package io.staygrid.localrunner;

import io.grpc.ManagedChannel;
import io.staygrid.hotel.v1.BedConfiguration;
import io.staygrid.hotel.v1.BedGroup;
import io.staygrid.hotel.v1.BedType;
import io.staygrid.hotel.v1.CreateHotelRequest;
import io.staygrid.hotel.v1.CreateRoomRequest;
import io.staygrid.hotel.v1.CreateRoomTypeRequest;
import io.staygrid.hotel.v1.Hotel;
import io.staygrid.hotel.v1.HotelServiceGrpc;
import io.staygrid.hotel.v1.Room;
import io.staygrid.hotel.v1.RoomType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Creates the demo chain's hotels, room types and rooms through HotelService. Request ids are
 * derived from the names, so a run interrupted half way repeats the same requests next time and
 * hotel-svc answers them with what it already created.
 */
public final class CatalogSeeder {

    private final HotelServiceGrpc.HotelServiceBlockingStub hotels;

    public CatalogSeeder(ManagedChannel channel) {
        this.hotels = HotelServiceGrpc.newBlockingStub(channel);
    }

    public List<SeededRoomType> seed(List<DemoChain.HotelSeed> chain) {
        List<SeededRoomType> created = new ArrayList<>();
        for (DemoChain.HotelSeed h : chain) {
            long hotelId = stub().createHotel(CreateHotelRequest.newBuilder()
                    .setRequestId(requestId("hotel", h.name()))
                    .setHotel(Hotel.newBuilder().setName(h.name()).addAddressLines(h.addressLine()).setCity(h.city())
                            .setPostalCode(h.postalCode()).setCountryCode(h.countryCode()).setTimeZone(h.timeZone())
                            .setCurrencyCode(h.currencyCode()).setStarRating(h.stars()).setDescription(h.description()))
                    .build()).getHotel().getHotelId();
            for (DemoChain.RoomTypeSeed t : h.roomTypes()) {
                long roomTypeId = createRoomType(hotelId, h, t);
                for (int i = 0; i < t.rooms(); i++) {
                    String number = Integer.toString(t.firstRoomNumber() + i);
                    stub().createRoom(CreateRoomRequest.newBuilder().setHotelId(hotelId)
                            .setRequestId(requestId("room", h.name() + "/" + number))
                            .setRoom(Room.newBuilder().setNumber(number).setFloor(t.firstRoomNumber() / 100).setRoomTypeId(roomTypeId))
                            .build());
                }
                created.add(new SeededRoomType(hotelId, roomTypeId, h.currencyCode(), t.nightlyRateUnits()));
            }
            System.out.printf("  seeded %-28s %s, %s (%s)%n", h.name(), h.city(), h.timeZone(), h.currencyCode());
        }
        return created;
    }

    private long createRoomType(long hotelId, DemoChain.HotelSeed h, DemoChain.RoomTypeSeed t) {
        BedConfiguration.Builder beds = BedConfiguration.newBuilder();
        t.beds().forEach(b -> beds.addBedGroups(BedGroup.newBuilder().setBedType(BedType.valueOf("BED_TYPE_" + b.type())).setCount(b.count())));
        RoomType roomType = RoomType.newBuilder().setName(t.name()).setDescription(t.description())
                .setMaxOccupancy(t.maxOccupancy()).setBedConfiguration(beds).addAllAmenities(t.amenities()).build();
        return stub().createRoomType(CreateRoomTypeRequest.newBuilder().setHotelId(hotelId)
                .setRequestId(requestId("room-type", h.name() + "/" + t.name())).setRoomType(roomType).build())
                .getRoomType().getRoomTypeId();
    }

    private HotelServiceGrpc.HotelServiceBlockingStub stub() {
        return hotels.withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static String requestId(String kind, String name) {
        return UUID.nameUUIDFromBytes(("staygrid-demo/" + kind + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
