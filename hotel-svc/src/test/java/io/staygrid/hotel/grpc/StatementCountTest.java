package io.staygrid.hotel.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.staygrid.hotel.support.CatalogTest;
import io.staygrid.hotel.support.FakeInventoryResource;
import io.staygrid.hotel.v1.CreateHotelRequest;
import io.staygrid.hotel.v1.CreateRoomOutageRequest;
import io.staygrid.hotel.v1.GetHotelRequest;
import io.staygrid.hotel.v1.GetRoomRequest;
import io.staygrid.hotel.v1.GetRoomTypeCapacityRequest;
import io.staygrid.hotel.v1.GetRoomTypeRequest;
import io.staygrid.hotel.v1.ListHotelsRequest;
import io.staygrid.hotel.v1.ListRoomOutagesRequest;
import io.staygrid.hotel.v1.ListRoomTypesRequest;
import io.staygrid.hotel.v1.ListRoomsRequest;
import io.staygrid.hotel.v1.RoomStatus;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** No N+1: every read and list RPC costs a fixed number of statements, however many rows it returns. */
@QuarkusTest
@TestProfile(StatementCountTest.NoBackgroundWork.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(FakeInventoryResource.class)
class StatementCountTest extends CatalogTest {

    /** The relay's schedule and after-commit pushes would add their statements to the ones counted here. */
    public static class NoBackgroundWork implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false",
                    "staygrid.hotel.capacity-relay.trigger-after-commit", "false");
        }
    }

    /** What one hotel holds: its room types, rooms (all of the first type) and outages (one per room). */
    record Fixture(long hotelId, List<Long> roomTypeIds, List<Long> roomIds) {
    }

    @Inject
    SessionFactory sessionFactory;

    /** Statements prepared while {@code call} runs (the app serves it in this JVM, synchronously). */
    long statements(Runnable call) {
        Statistics stats = sessionFactory.getStatistics();
        long before = stats.getPrepareStatementCount();
        call.run();
        return stats.getPrepareStatementCount() - before;
    }

    Fixture hotelWith(String city, int size) {
        long hotelId = hotels.createHotel(CreateHotelRequest.newBuilder().setHotel(hotelDraft(city)).build())
                .getHotel().getHotelId();
        List<Long> types = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            types.add(newRoomType(hotelId).getRoomTypeId());
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        List<Long> rooms = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long roomId = newRoom(hotelId, types.get(0), "R" + i).getRoomId();
            rooms.add(roomId);
            hotels.createRoomOutage(CreateRoomOutageRequest.newBuilder().setHotelId(hotelId).setRoomId(roomId)
                    .setStartDate(ProtoTime.toProto(today.plusDays(3))).setEndDate(ProtoTime.toProto(today.plusDays(5)))
                    .setReason("painting").setForce(true).build());
        }
        return new Fixture(hotelId, types, rooms);
    }

    @Test
    void everyListAndReadCostsTheSameFewStatementsForOneRowOrTwelve() {
        String fewCity = unique("Few");
        String manyCity = unique("Many");
        Fixture few = hotelWith(fewCity, 1);
        Fixture many = hotelWith(manyCity, 12);
        for (int i = 1; i < 12; i++) {
            hotels.createHotel(CreateHotelRequest.newBuilder().setHotel(hotelDraft(manyCity)).build());
        }

        long hotelsFew = statements(() -> assertThat(hotels.listHotels(ListHotelsRequest.newBuilder().setCity(fewCity)
                .setPageSize(50).build()).getHotelsCount()).isEqualTo(1));
        long hotelsMany = statements(() -> assertThat(hotels.listHotels(ListHotelsRequest.newBuilder().setCity(manyCity)
                .setCountryCode("FR").setPageSize(50).build()).getHotelsCount()).isEqualTo(12));
        long typesFew = statements(() -> assertThat(hotels.listRoomTypes(ListRoomTypesRequest.newBuilder()
                .setHotelId(few.hotelId()).setPageSize(50).build()).getRoomTypesCount()).isEqualTo(1));
        long typesMany = statements(() -> assertThat(hotels.listRoomTypes(ListRoomTypesRequest.newBuilder()
                .setHotelId(many.hotelId()).setPageSize(50).build()).getRoomTypesCount()).isEqualTo(12));
        long roomsFew = statements(() -> assertThat(hotels.listRooms(ListRoomsRequest.newBuilder()
                .setHotelId(few.hotelId()).setPageSize(50).build()).getRoomsCount()).isEqualTo(1));
        long roomsMany = statements(() -> assertThat(hotels.listRooms(ListRoomsRequest.newBuilder()
                .setHotelId(many.hotelId()).setPageSize(50).build()).getRoomsCount()).isEqualTo(12));
        long filteredFew = statements(() -> assertThat(hotels.listRooms(ListRoomsRequest.newBuilder()
                .setHotelId(few.hotelId()).setRoomTypeId(few.roomTypeIds().get(0))
                .setStatus(RoomStatus.ROOM_STATUS_IN_SERVICE).setPageSize(50).build()).getRoomsCount()).isEqualTo(1));
        long filteredMany = statements(() -> assertThat(hotels.listRooms(ListRoomsRequest.newBuilder()
                .setHotelId(many.hotelId()).setRoomTypeId(many.roomTypeIds().get(0))
                .setStatus(RoomStatus.ROOM_STATUS_IN_SERVICE).setPageSize(50).build()).getRoomsCount()).isEqualTo(12));
        long outagesFew = statements(() -> assertThat(hotels.listRoomOutages(ListRoomOutagesRequest.newBuilder()
                .setHotelId(few.hotelId()).setPageSize(50).build()).getOutagesCount()).isEqualTo(1));
        long outagesMany = statements(() -> assertThat(hotels.listRoomOutages(ListRoomOutagesRequest.newBuilder()
                .setHotelId(many.hotelId()).setPageSize(50).build()).getOutagesCount()).isEqualTo(12));
        long hotel = statements(() -> hotels.getHotel(GetHotelRequest.newBuilder().setHotelId(many.hotelId()).build()));
        long roomType = statements(() -> hotels.getRoomType(GetRoomTypeRequest.newBuilder().setHotelId(many.hotelId())
                .setRoomTypeId(many.roomTypeIds().get(0)).build()));
        long room = statements(() -> hotels.getRoom(GetRoomRequest.newBuilder().setHotelId(many.hotelId())
                .setRoomId(many.roomIds().get(0)).build()));
        long capacity = statements(() -> assertThat(hotels.getRoomTypeCapacity(GetRoomTypeCapacityRequest.newBuilder()
                .setHotelId(many.hotelId()).setRoomTypeId(many.roomTypeIds().get(0)).build()).getCapacity()
                .getTotalRooms()).isEqualTo(12));

        assertThat(hotelsMany).as("hotel list").isEqualTo(hotelsFew).isEqualTo(1);
        assertThat(typesMany).as("room types: the hotel and the page").isEqualTo(typesFew).isEqualTo(2);
        assertThat(roomsMany).as("rooms: the hotel and the page").isEqualTo(roomsFew).isEqualTo(2);
        assertThat(filteredMany).as("rooms of a type and status: the hotel, the room type, the page")
                .isEqualTo(filteredFew).isEqualTo(3);
        assertThat(outagesMany).as("outages: the hotel and the page").isEqualTo(outagesFew).isEqualTo(2);
        assertThat(hotel).as("one hotel").isEqualTo(1);
        assertThat(roomType).as("one room type: the hotel and the room type").isEqualTo(2);
        assertThat(room).as("one room: the hotel and the room").isEqualTo(2);
        assertThat(capacity).as("capacity: the hotel, the room type, the counts and sync state").isEqualTo(3);
    }
}
