package io.staygrid.hotel.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.FieldMask;
import io.grpc.Status.Code;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.hotel.support.CatalogTest;
import io.staygrid.hotel.support.FakeInventoryResource;
import io.staygrid.hotel.v1.CreateHotelRequest;
import io.staygrid.hotel.v1.CreateRoomTypeRequest;
import io.staygrid.hotel.v1.DeleteHotelRequest;
import io.staygrid.hotel.v1.DeleteHotelResponse;
import io.staygrid.hotel.v1.GetHotelRequest;
import io.staygrid.hotel.v1.Hotel;
import io.staygrid.hotel.v1.ListHotelsRequest;
import io.staygrid.hotel.v1.ListHotelsResponse;
import io.staygrid.hotel.v1.UpdateHotelRequest;
import io.staygrid.testing.PostgresResource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(FakeInventoryResource.class)
class HotelRpcTest extends CatalogTest {

    @Test
    void createdHotelIsReadBackTrimmedWithServerFields() {
        Hotel created = hotels.createHotel(CreateHotelRequest.newBuilder()
                .setHotel(hotelDraft("Lyon").setName("  Grand Hôtel  ").setHotelId(999)).build()).getHotel();
        assertThat(created.getHotelId()).isPositive().isNotEqualTo(999);
        assertThat(created.getName()).isEqualTo("Grand Hôtel");
        assertThat(created.hasCreateTime()).isTrue();
        Hotel read = hotels.getHotel(GetHotelRequest.newBuilder().setHotelId(created.getHotelId()).build()).getHotel();
        assertThat(read).isEqualTo(created);
    }

    @Test
    void getRefusesBadAndUnknownIds() {
        assertInvalidField(() -> hotels.getHotel(GetHotelRequest.newBuilder().setHotelId(0).build()), "hotel_id");
        assertRefused(() -> hotels.getHotel(GetHotelRequest.newBuilder().setHotelId(Long.MAX_VALUE).build()),
                Code.NOT_FOUND, "HOTEL_NOT_FOUND");
    }

    @Test
    void invalidHotelsAreRefusedNamingTheFieldAndWriteNothing() {
        check(h -> h.setName(""), "hotel.name");
        check(h -> h.setName("   "), "hotel.name");
        check(h -> h.setName("x".repeat(201)), "hotel.name");
        check(h -> h.setCity(""), "hotel.city");
        check(h -> h.setCity("c".repeat(101)), "hotel.city");
        check(h -> h.clearAddressLines(), "hotel.address_lines");
        check(h -> h.addAddressLines("b").addAddressLines("c").addAddressLines("d"), "hotel.address_lines");
        check(h -> h.setPostalCode("1".repeat(21)), "hotel.postal_code");
        check(h -> h.setCountryCode("XX"), "hotel.country_code");
        check(h -> h.setCountryCode("fr"), "hotel.country_code");
        check(h -> h.setCountryCode(""), "hotel.country_code");
        check(h -> h.setTimeZone("Mars/Olympus"), "hotel.time_zone");
        check(h -> h.setTimeZone(""), "hotel.time_zone");
        check(h -> h.setCurrencyCode("EURO"), "hotel.currency_code");
        check(h -> h.setCurrencyCode("eur"), "hotel.currency_code");
        check(h -> h.setStarRating(0), "hotel.star_rating");
        check(h -> h.setStarRating(6), "hotel.star_rating");
        check(h -> h.setDescription("d".repeat(4001)), "hotel.description");
    }

    @Test
    void textWithANulControlsOrALoneSurrogateIsInvalidNotAnInternalErrorAndWritesNothing() {
        check(h -> h.setName("Grand\u0000Hotel"), "hotel.name");
        check(h -> h.setCity("Par\u001bis"), "hotel.city");
        check(h -> h.addAddressLines("1 rue \ufeff"), "hotel.address_lines");
        check(h -> h.setDescription("a\uffffb"), "hotel.description");
        assertInvalidField(() -> hotels.listHotels(ListHotelsRequest.newBuilder().setCity("Par\u0000is").build()),
                "city");
    }

    @Test
    void limitsCountCodePointsNotUtf16Units() {
        String twoHundredEmoji = "\uD83C\uDFE8".repeat(200);
        Hotel created = hotels.createHotel(CreateHotelRequest.newBuilder()
                .setHotel(hotelDraft("Nice").setName(twoHundredEmoji)).build()).getHotel();
        assertThat(created.getName()).isEqualTo(twoHundredEmoji);
        check(h -> h.setName(twoHundredEmoji + "x"), "hotel.name");
    }

    private void check(UnaryOperator<Hotel.Builder> breakIt, String field) {
        assertWritesNothing(() -> assertInvalidField(() -> hotels.createHotel(CreateHotelRequest.newBuilder()
                .setHotel(breakIt.apply(hotelDraft("Paris"))).build()), field));
    }

    @Test
    void requestIdReplaysTheFirstAnswerAndRefusesADifferentBody() {
        String requestId = UUID.randomUUID().toString();
        CreateHotelRequest request = CreateHotelRequest.newBuilder().setHotel(hotelDraft(unique("Bath")))
                .setRequestId(requestId).build();
        Hotel first = hotels.createHotel(request).getHotel();
        hotels.updateHotel(UpdateHotelRequest.newBuilder().setHotel(first.toBuilder().setName("Renamed"))
                .setUpdateMask(FieldMask.newBuilder().addPaths("name")).build());

        assertWritesNothing(() -> assertThat(hotels.createHotel(request).getHotel()).isEqualTo(first));
        assertWritesNothing(() -> assertRefused(() -> hotels.createHotel(request.toBuilder()
                .setHotel(request.getHotel().toBuilder().setStarRating(2)).build()), Code.ALREADY_EXISTS, "REQUEST_ID_CONFLICT"));
        assertWritesNothing(() -> assertRefused(() -> hotels.createRoomType(CreateRoomTypeRequest.newBuilder()
                .setHotelId(first.getHotelId()).setRoomType(roomTypeDraft("Suite")).setRequestId(requestId).build()),
                Code.ALREADY_EXISTS, "REQUEST_ID_CONFLICT"));
        assertWritesNothing(() -> assertInvalidField(() -> hotels.createHotel(request.toBuilder()
                .setRequestId(requestId.toUpperCase()).build()), "request_id"));
    }

    @Test
    void listPagesByIdAndFiltersByCityCaseInsensitivelyAndCountry() {
        String city = unique("Porto");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(hotels.createHotel(CreateHotelRequest.newBuilder().setHotel(hotelDraft(i % 2 == 0 ? city : city.toUpperCase())
                    .setCountryCode(i == 4 ? "PT" : "FR")).build()).getHotel().getHotelId());
        }
        List<Long> seen = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            ListHotelsResponse page = hotels.listHotels(ListHotelsRequest.newBuilder().setCity(city.toLowerCase())
                    .setPageSize(2).setPageToken(token).build());
            page.getHotelsList().forEach(h -> seen.add(h.getHotelId()));
            token = page.getNextPageToken();
            pages++;
        } while (!token.isEmpty());
        assertThat(seen).containsExactlyElementsOf(ids);
        assertThat(pages).isEqualTo(3);

        assertThat(hotels.listHotels(ListHotelsRequest.newBuilder().setCity(city).setCountryCode("PT").build())
                .getHotelsList()).extracting(Hotel::getHotelId).containsExactly(ids.get(4));
    }

    @Test
    void listRefusesBadPagingAndFilters() {
        newHotel();
        newHotel();
        String token = hotels.listHotels(ListHotelsRequest.newBuilder().setPageSize(1).build()).getNextPageToken();
        assertThat(token).isNotEmpty();
        assertInvalidField(() -> hotels.listHotels(ListHotelsRequest.newBuilder().setPageSize(-1).build()), "page_size");
        assertInvalidField(() -> hotels.listHotels(ListHotelsRequest.newBuilder().setPageToken("garbage!").build()),
                "page_token");
        assertInvalidField(() -> hotels.listHotels(ListHotelsRequest.newBuilder().setPageToken(token).setCity("Other").build()),
                "page_token");
        assertInvalidField(() -> hotels.listHotels(ListHotelsRequest.newBuilder().setCountryCode("France").build()),
                "country_code");
    }

    @Test
    void updateChangesOnlyTheMaskedFields() {
        Hotel h = newHotel();
        Hotel updated = hotels.updateHotel(UpdateHotelRequest.newBuilder()
                .setHotel(h.toBuilder().setName(" New name ").setStarRating(5).setCity("Ignored"))
                .setUpdateMask(FieldMask.newBuilder().addPaths("name").addPaths("star_rating")).build()).getHotel();
        assertThat(updated.getName()).isEqualTo("New name");
        assertThat(updated.getStarRating()).isEqualTo(5);
        assertThat(updated.getCity()).isEqualTo(h.getCity());
        assertThat(hotels.getHotel(GetHotelRequest.newBuilder().setHotelId(h.getHotelId()).build()).getHotel())
                .isEqualTo(updated);
    }

    @Test
    void updateRefusesBadMasksValuesAndUnknownHotels() {
        Hotel h = newHotel();
        assertWritesNothing(() -> {
            assertInvalidField(() -> update(h.toBuilder().setName("x"), FieldMask.getDefaultInstance()), "update_mask");
            assertInvalidField(() -> update(h.toBuilder().setCountryCode("DE"), mask("country_code")), "update_mask");
            assertInvalidField(() -> update(h.toBuilder().setTimeZone("UTC"), mask("time_zone")), "update_mask");
            assertInvalidField(() -> update(h.toBuilder(), mask("no_such_field")), "update_mask");
            assertInvalidField(() -> update(h.toBuilder().setName(""), mask("name")), "hotel.name");
            assertInvalidField(() -> update(h.toBuilder().setStarRating(9), mask("star_rating")), "hotel.star_rating");
            assertInvalidField(() -> update(h.toBuilder().setHotelId(0), mask("name")), "hotel.hotel_id");
            assertRefused(() -> update(h.toBuilder().setHotelId(Long.MAX_VALUE), mask("name")), Code.NOT_FOUND,
                    "HOTEL_NOT_FOUND");
        });
        assertThat(hotels.getHotel(GetHotelRequest.newBuilder().setHotelId(h.getHotelId()).build()).getHotel()).isEqualTo(h);
    }

    private void update(Hotel.Builder hotel, FieldMask mask) {
        hotels.updateHotel(UpdateHotelRequest.newBuilder().setHotel(hotel).setUpdateMask(mask).build());
    }

    private static FieldMask mask(String path) {
        return FieldMask.newBuilder().addPaths(path).build();
    }

    @Test
    void emptyHotelIsDeletedAndThenNotFound() {
        Hotel h = newHotel();
        DeleteHotelResponse r = hotels.deleteHotel(DeleteHotelRequest.newBuilder().setHotelId(h.getHotelId()).build());
        assertThat(r.getDeletedRoomTypes()).isZero();
        assertRefused(() -> hotels.getHotel(GetHotelRequest.newBuilder().setHotelId(h.getHotelId()).build()),
                Code.NOT_FOUND, "HOTEL_NOT_FOUND");
        assertRefused(() -> hotels.deleteHotel(DeleteHotelRequest.newBuilder().setHotelId(h.getHotelId()).build()),
                Code.NOT_FOUND, "HOTEL_NOT_FOUND");
    }

    @Test
    void hotelWithRoomTypesIsNotDeletedWithoutForceAndCascadesWithIt() {
        Hotel h = newHotel();
        long typeA = newRoomType(h.getHotelId()).getRoomTypeId();
        newRoomType(h.getHotelId());
        newRoom(h.getHotelId(), typeA, "101");
        newRoom(h.getHotelId(), typeA, "102");

        Throwable refused = assertRefused(() -> hotels.deleteHotel(DeleteHotelRequest.newBuilder()
                .setHotelId(h.getHotelId()).build()), Code.FAILED_PRECONDITION, "HOTEL_NOT_EMPTY");
        assertThat(io.staygrid.support.error.GrpcErrors.errorInfo(refused).orElseThrow().getMetadataMap())
                .containsEntry("room_types", "2");

        DeleteHotelResponse r = hotels.deleteHotel(DeleteHotelRequest.newBuilder().setHotelId(h.getHotelId())
                .setForce(true).build());
        assertThat(r.getDeletedRoomTypes()).isEqualTo(2);
        assertThat(r.getDeletedRooms()).isEqualTo(2);
        assertThat(scalar("SELECT count(*) FROM room WHERE hotel_id = " + h.getHotelId())).isZero();
        assertThat(scalar("SELECT count(*) FROM room_type WHERE hotel_id = " + h.getHotelId())).isZero();
    }
}
