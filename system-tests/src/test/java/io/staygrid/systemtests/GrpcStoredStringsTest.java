package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.type.Date;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.staygrid.hotel.v1.BedConfiguration;
import io.staygrid.hotel.v1.BedGroup;
import io.staygrid.hotel.v1.BedType;
import io.staygrid.hotel.v1.CreateHotelRequest;
import io.staygrid.hotel.v1.CreateRoomOutageRequest;
import io.staygrid.hotel.v1.CreateRoomRequest;
import io.staygrid.hotel.v1.CreateRoomTypeRequest;
import io.staygrid.hotel.v1.GetHotelRequest;
import io.staygrid.hotel.v1.GetRoomRequest;
import io.staygrid.hotel.v1.GetRoomTypeRequest;
import io.staygrid.hotel.v1.Hotel;
import io.staygrid.hotel.v1.HotelServiceGrpc;
import io.staygrid.hotel.v1.ListHotelsRequest;
import io.staygrid.hotel.v1.ListRoomOutagesRequest;
import io.staygrid.hotel.v1.ListRoomTypesRequest;
import io.staygrid.hotel.v1.ListRoomsRequest;
import io.staygrid.hotel.v1.Room;
import io.staygrid.hotel.v1.RoomType;
import io.staygrid.localrunner.ServiceSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Naughty strings (BLNS, test resources {@code blns/}, MIT) into every free-text field hotel-svc stores, straight over
 * gRPC: each is either stored and read back as sent (after the contract's one normalization, trimming surrounding white
 * space), or refused INVALID_ARGUMENT (ALREADY_EXISTS for a room number that trims to one already taken) with nothing
 * written. A sample of the list: every string with a control, invisible, byte-order or non-BMP character, and every
 * tenth of the rest (the whole list goes through the edge in {@code NaughtyStringsTest}; CI time).
 */
@ExtendWith(MeshExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrpcStoredStringsTest {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private ManagedChannel channel;
    private HotelServiceGrpc.HotelServiceBlockingStub hotels;
    private List<String> naughty;
    private long hotelId;
    private long roomTypeId;
    private long roomId;
    /** What this test has made in its hotel so far: a refused create must leave each count as it is. */
    private int roomTypes = 1;
    private int rooms = 1;
    private int outages;

    @BeforeAll
    void setUp(RunningMesh mesh) {
        int port = mesh.services().stream().filter(p -> p.spec().module().equals(ServiceSpec.HOTEL.module()))
                .findFirst().orElseThrow().spec().port();
        channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
        hotels = HotelServiceGrpc.newBlockingStub(channel);
        List<String> blns = Blns.strings();
        naughty = new ArrayList<>();
        for (int i = 0; i < blns.size(); i++) {
            String s = blns.get(i);
            boolean special = s.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xFEFF || c > 0xFFFF
                    || (c >= 0x200B && c <= 0x202E));
            if (special || i % 10 == 0) {
                naughty.add(s);
            }
        }
        hotelId = stub().createHotel(CreateHotelRequest.newBuilder().setHotel(hotel("Stored strings " + run, "Lille-" + run))
                .build()).getHotel().getHotelId();
        roomTypeId = stub().createRoomType(CreateRoomTypeRequest.newBuilder().setHotelId(hotelId)
                .setRoomType(roomType("Fixture")).build()).getRoomType().getRoomTypeId();
        roomId = stub().createRoom(CreateRoomRequest.newBuilder().setHotelId(hotelId)
                .setRoom(Room.newBuilder().setNumber("F-1").setFloor(1).setRoomTypeId(roomTypeId)).build()).getRoom().getRoomId();
    }

    @AfterAll
    void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void hotelFieldsAreStoredAsSentOrRefusedWithNothingWritten() {
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            String marker = "blns-" + run + "-" + i;
            // Each field's hotel has a city of its own, so a refusal is checked against that one only.
            check(soft, "hotel.name", s, () -> hotel(s, marker + "-n"), h -> h.getName(), marker + "-n");
            check(soft, "hotel.description", s, () -> hotel("D " + marker, marker + "-d").toBuilder().setDescription(s)
                    .build(), Hotel::getDescription, marker + "-d");
            check(soft, "hotel.postal_code", s, () -> hotel("P " + marker, marker + "-p").toBuilder().setPostalCode(s)
                    .build(), Hotel::getPostalCode, marker + "-p");
            check(soft, "hotel.address_lines", s, () -> hotel("A " + marker, marker + "-a").toBuilder().clearAddressLines()
                    .addAddressLines(s).build(), h -> h.getAddressLinesCount() == 0 ? "" : h.getAddressLines(0), marker + "-a");
        }
        soft.assertAll();
    }

    private void check(SoftAssertions soft, String field, String s, Supplier<Hotel> hotel, Function<Hotel, String> read,
            String marker) {
        try {
            long id = stub().createHotel(CreateHotelRequest.newBuilder().setHotel(hotel.get()).build()).getHotel().getHotelId();
            Hotel stored = stub().getHotel(GetHotelRequest.newBuilder().setHotelId(id).build()).getHotel();
            soft.assertThat(read.apply(stored)).as("%s stored for %s", field, Blns.shown(s)).isEqualTo(s.strip());
        } catch (StatusRuntimeException e) {
            soft.assertThat(e.getStatus().getCode()).as("%s refusal of %s: %s", field, Blns.shown(s), e.getStatus())
                    .isEqualTo(Status.Code.INVALID_ARGUMENT);
            soft.assertThat(stub().listHotels(ListHotelsRequest.newBuilder().setCity(marker).build()).getHotelsCount())
                    .as("%s: hotels written although %s was refused", field, Blns.shown(s)).isZero();
        }
    }

    @Test
    void roomTypeRoomAndOutageTextIsStoredAsSentOrRefusedWithNothingWritten() {
        SoftAssertions soft = new SoftAssertions();
        LocalDate day = LocalDate.now().plusDays(30);
        for (int i = 0; i < naughty.size(); i++) {
            String s = naughty.get(i);
            roomTypeField(soft, "room_type.name", s, roomType(s), RoomType::getName);
            roomTypeField(soft, "room_type.description", s, roomType("D" + i).toBuilder().setDescription(s).build(),
                    RoomType::getDescription);
            roomTypeField(soft, "room_type.amenities", s, roomType("A" + i).toBuilder().addAmenities(s).build(),
                    t -> t.getAmenitiesCount() == 0 ? "" : t.getAmenities(0));

            try {
                long id = stub().createRoom(CreateRoomRequest.newBuilder().setHotelId(hotelId)
                        .setRoom(Room.newBuilder().setNumber(s).setFloor(1).setRoomTypeId(roomTypeId)).build()).getRoom().getRoomId();
                soft.assertThat(stub().getRoom(GetRoomRequest.newBuilder().setHotelId(hotelId).setRoomId(id).build())
                        .getRoom().getNumber()).as("room.number stored for %s", Blns.shown(s)).isEqualTo(s.strip());
                rooms++;
            } catch (StatusRuntimeException e) {
                soft.assertThat(e.getStatus().getCode()).as("room.number refusal of %s: %s", Blns.shown(s), e.getStatus())
                        .isIn(Status.Code.INVALID_ARGUMENT, Status.Code.ALREADY_EXISTS);
                soft.assertThat(countRooms()).as("room written although %s was refused", Blns.shown(s)).isEqualTo(rooms);
            }

            LocalDate start = day.plusDays(2L * i);
            try {
                String reason = stub().createRoomOutage(CreateRoomOutageRequest.newBuilder().setHotelId(hotelId)
                        .setRoomId(roomId).setStartDate(date(start)).setEndDate(date(start.plusDays(1))).setReason(s)
                        .build()).getOutage().getReason();
                soft.assertThat(reason).as("outage.reason answered for %s", Blns.shown(s)).isEqualTo(s.strip());
                soft.assertThat(stub().listRoomOutages(ListRoomOutagesRequest.newBuilder().setHotelId(hotelId)
                        .setRoomId(roomId).setStartDate(date(start)).setEndDate(date(start.plusDays(1))).build())
                        .getOutagesList()).as("outage.reason stored for %s", Blns.shown(s))
                        .anySatisfy(o -> assertThat(o.getReason()).isEqualTo(s.strip()));
                outages++;
            } catch (StatusRuntimeException e) {
                soft.assertThat(e.getStatus().getCode()).as("outage.reason refusal of %s: %s", Blns.shown(s), e.getStatus())
                        .isEqualTo(Status.Code.INVALID_ARGUMENT);
                soft.assertThat(countOutages()).as("outage written although %s was refused", Blns.shown(s)).isEqualTo(outages);
            }
        }
        soft.assertAll();
    }

    private void roomTypeField(SoftAssertions soft, String field, String s, RoomType roomType, Function<RoomType, String> read) {
        try {
            long id = stub().createRoomType(CreateRoomTypeRequest.newBuilder().setHotelId(hotelId).setRoomType(roomType)
                    .build()).getRoomType().getRoomTypeId();
            RoomType stored = stub().getRoomType(GetRoomTypeRequest.newBuilder().setHotelId(hotelId).setRoomTypeId(id)
                    .build()).getRoomType();
            soft.assertThat(read.apply(stored)).as("%s stored for %s", field, Blns.shown(s)).isEqualTo(s.strip());
            roomTypes++;
        } catch (StatusRuntimeException e) {
            soft.assertThat(e.getStatus().getCode()).as("%s refusal of %s: %s", field, Blns.shown(s), e.getStatus())
                    .isIn(Status.Code.INVALID_ARGUMENT, Status.Code.ALREADY_EXISTS);
            soft.assertThat(countRoomTypes()).as("%s: room type written although %s was refused", field, Blns.shown(s))
                    .isEqualTo(roomTypes);
        }
    }

    private int countRoomTypes() {
        int count = 0;
        String token = "";
        do {
            var page = stub().listRoomTypes(ListRoomTypesRequest.newBuilder().setHotelId(hotelId).setPageSize(100)
                    .setPageToken(token).build());
            count += page.getRoomTypesCount();
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        return count;
    }

    private int countRooms() {
        int count = 0;
        String token = "";
        do {
            var page = stub().listRooms(ListRoomsRequest.newBuilder().setHotelId(hotelId).setPageSize(100)
                    .setPageToken(token).build());
            count += page.getRoomsCount();
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        return count;
    }

    private int countOutages() {
        int count = 0;
        String token = "";
        do {
            var page = stub().listRoomOutages(ListRoomOutagesRequest.newBuilder().setHotelId(hotelId).setRoomId(roomId)
                    .setPageSize(100).setPageToken(token).build());
            count += page.getOutagesCount();
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        return count;
    }

    private HotelServiceGrpc.HotelServiceBlockingStub stub() {
        return hotels.withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    private static Hotel hotel(String name, String city) {
        return Hotel.newBuilder().setName(name).setCity(city).setCountryCode("FR").setTimeZone("Europe/Paris")
                .setCurrencyCode("EUR").setStarRating(3).addAddressLines("1 rue Nationale").build();
    }

    private static RoomType roomType(String name) {
        return RoomType.newBuilder().setName(name).setMaxOccupancy(2).setBedConfiguration(BedConfiguration.newBuilder()
                .addBedGroups(BedGroup.newBuilder().setBedType(BedType.BED_TYPE_DOUBLE).setCount(1))).build();
    }

    private static Date date(LocalDate day) {
        return Date.newBuilder().setYear(day.getYear()).setMonth(day.getMonthValue()).setDay(day.getDayOfMonth()).build();
    }

}
