package io.staygrid.hotel.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.type.Date;
import io.grpc.Status.Code;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.hotel.support.CatalogTest;
import io.staygrid.hotel.support.FakeInventoryResource;
import io.staygrid.hotel.v1.CreateRoomOutageRequest;
import io.staygrid.hotel.v1.DeleteRoomOutageRequest;
import io.staygrid.hotel.v1.ListRoomOutagesRequest;
import io.staygrid.hotel.v1.ListRoomOutagesResponse;
import io.staygrid.hotel.v1.RoomOutage;
import io.staygrid.support.proto.ProtoTime;
import io.staygrid.testing.PostgresResource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(FakeInventoryResource.class)
class OutageRpcTest extends CatalogTest {

    private long hotelId;
    private long roomId;
    private LocalDate today;

    @BeforeEach
    void room() {
        hotelId = newHotel().getHotelId();
        roomId = newRoom(hotelId, newRoomType(hotelId).getRoomTypeId(), "1").getRoomId();
        today = LocalDate.now(ZoneId.of("Europe/Paris"));
    }

    private CreateRoomOutageRequest.Builder outage(int fromDay, int toDay) {
        return CreateRoomOutageRequest.newBuilder().setHotelId(hotelId).setRoomId(roomId)
                .setStartDate(ProtoTime.toProto(today.plusDays(fromDay))).setEndDate(ProtoTime.toProto(today.plusDays(toDay)))
                .setReason("painting").setForce(true);
    }

    @Test
    void outageIsCreatedListedAndDeleted() {
        RoomOutage created = hotels.createRoomOutage(outage(3, 5).build()).getOutage();
        assertThat(created.getOutageId()).isPositive();
        assertThat(created.getRoomId()).isEqualTo(roomId);
        assertThat(ProtoTime.toLocalDate(created.getStartDate(), "s")).isEqualTo(today.plusDays(3));
        assertThat(hotels.listRoomOutages(ListRoomOutagesRequest.newBuilder().setHotelId(hotelId).build()).getOutagesList())
                .containsExactly(created);
        DeleteRoomOutageRequest delete = DeleteRoomOutageRequest.newBuilder().setHotelId(hotelId).setRoomId(roomId)
                .setOutageId(created.getOutageId()).build();
        hotels.deleteRoomOutage(delete);
        assertThat(hotels.listRoomOutages(ListRoomOutagesRequest.newBuilder().setHotelId(hotelId).build()).getOutagesList())
                .isEmpty();
        assertRefused(() -> hotels.deleteRoomOutage(delete), Code.NOT_FOUND, "OUTAGE_NOT_FOUND");
        assertRefused(() -> hotels.deleteRoomOutage(delete.toBuilder().setRoomId(Long.MAX_VALUE).build()), Code.NOT_FOUND,
                "ROOM_NOT_FOUND");
        assertRefused(() -> hotels.deleteRoomOutage(delete.toBuilder().setHotelId(Long.MAX_VALUE).build()), Code.NOT_FOUND,
                "HOTEL_NOT_FOUND");
    }

    @Test
    void invalidOutagesAreRefusedAndWriteNothing() {
        check(o -> o.setStartDate(ProtoTime.toProto(today.minusDays(1))), "start_date");
        check(o -> o.clearStartDate(), "start_date");
        check(o -> o.setStartDate(Date.newBuilder().setYear(2030).setMonth(2).setDay(30)), "start_date");
        check(o -> o.setEndDate(o.getStartDate()), "end_date");
        check(o -> o.setEndDate(ProtoTime.toProto(today.plusDays(1 + 366))), "end_date");
        check(o -> o.setStartDate(ProtoTime.toProto(today.plusDays(700))).setEndDate(ProtoTime.toProto(today.plusDays(731))),
                "end_date");
        check(o -> o.setReason("r".repeat(501)), "reason");
        check(o -> o.setRequestId("not-a-uuid"), "request_id");
        assertWritesNothing(() -> {
            assertRefused(() -> hotels.createRoomOutage(outage(1, 2).setRoomId(Long.MAX_VALUE).build()), Code.NOT_FOUND,
                    "ROOM_NOT_FOUND");
            assertRefused(() -> hotels.createRoomOutage(outage(1, 2).setHotelId(Long.MAX_VALUE).build()), Code.NOT_FOUND,
                    "HOTEL_NOT_FOUND");
        });
    }

    private void check(UnaryOperator<CreateRoomOutageRequest.Builder> breakIt, String field) {
        assertWritesNothing(() -> assertInvalidField(() -> hotels.createRoomOutage(breakIt.apply(outage(1, 2)).build()), field));
    }

    @Test
    void outageOfTodayUntilTheHorizonIsAllowed() {
        assertThat(hotels.createRoomOutage(outage(0, 365).build()).getOutage().getOutageId()).isPositive();
        assertThat(hotels.createRoomOutage(outage(400, 730).build()).getOutage().getOutageId()).isPositive();
    }

    @Test
    void listPagesInStartDateOrderAndFiltersByRoomAndDates() {
        long otherRoom = newRoom(hotelId, newRoomType(hotelId).getRoomTypeId(), "2").getRoomId();
        List<Long> expected = new ArrayList<>();
        expected.add(hotels.createRoomOutage(outage(1, 3).build()).getOutage().getOutageId());
        long late = hotels.createRoomOutage(outage(20, 22).build()).getOutage().getOutageId();
        expected.add(hotels.createRoomOutage(outage(5, 8).build()).getOutage().getOutageId());
        expected.add(late);
        long other = hotels.createRoomOutage(outage(2, 4).setRoomId(otherRoom).build()).getOutage().getOutageId();

        List<Long> seen = new ArrayList<>();
        String token = "";
        do {
            ListRoomOutagesResponse page = hotels.listRoomOutages(ListRoomOutagesRequest.newBuilder().setHotelId(hotelId)
                    .setRoomId(roomId).setPageSize(2).setPageToken(token).build());
            page.getOutagesList().forEach(o -> seen.add(o.getOutageId()));
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertThat(seen).containsExactlyElementsOf(expected);

        assertThat(hotels.listRoomOutages(ListRoomOutagesRequest.newBuilder().setHotelId(hotelId)
                .setStartDate(ProtoTime.toProto(today.plusDays(3))).setEndDate(ProtoTime.toProto(today.plusDays(6))).build())
                .getOutagesList()).extracting(RoomOutage::getOutageId).containsExactly(other, expected.get(1));

        assertInvalidField(() -> hotels.listRoomOutages(ListRoomOutagesRequest.newBuilder().setHotelId(hotelId)
                .setStartDate(ProtoTime.toProto(today)).build()), "end_date");
        assertInvalidField(() -> hotels.listRoomOutages(ListRoomOutagesRequest.newBuilder().setHotelId(hotelId)
                .setStartDate(ProtoTime.toProto(today)).setEndDate(ProtoTime.toProto(today)).build()), "end_date");
        assertInvalidField(() -> hotels.listRoomOutages(ListRoomOutagesRequest.newBuilder().setHotelId(hotelId)
                .setPageToken("bm9wZQ").build()), "page_token");
        assertRefused(() -> hotels.listRoomOutages(ListRoomOutagesRequest.newBuilder().setHotelId(hotelId)
                .setRoomId(Long.MAX_VALUE).build()), Code.NOT_FOUND, "ROOM_NOT_FOUND");
        assertRefused(() -> hotels.listRoomOutages(ListRoomOutagesRequest.newBuilder().setHotelId(Long.MAX_VALUE).build()),
                Code.NOT_FOUND, "HOTEL_NOT_FOUND");
    }

    @Test
    void createOutageReplaysItsRequestId() {
        CreateRoomOutageRequest request = outage(10, 12).setRequestId(UUID.randomUUID().toString()).build();
        RoomOutage first = hotels.createRoomOutage(request).getOutage();
        assertWritesNothing(() -> assertThat(hotels.createRoomOutage(request).getOutage()).isEqualTo(first));
        assertRefused(() -> hotels.createRoomOutage(request.toBuilder().setReason("other").build()), Code.ALREADY_EXISTS,
                "REQUEST_ID_CONFLICT");
    }
}
