package io.staygrid.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(MeshExtension.class)
class OccupancyPricingTest {

    @Test
    void theSameStayCostsMoreOnceTheHotelIsNinetyPercentFull(StayGridApi api) {
        TestHotel hotel = TestHotel.create(api, "Toulouse", 10, 0, "100.00");
        LocalDate start = hotel.day(35);
        LocalDate end = start.plusDays(2);
        String shopper = api.tokens().guest("shopper");
        BigDecimal emptyHotel = ApiResponse.money(api.quote(shopper, hotel.hotelId(), hotel.roomTypeId(), start, end, 1).body().path("total"));

        for (int i = 0; i < 9; i++) {
            ApiResponse booked = hotel.quoteAndBook(api, api.tokens().guest("filler-" + i), start, end, 1, "tok_approve");
            assertThat(TestHotel.status(booked)).as("%s", booked).isEqualTo("PAID");
        }
        BigDecimal fullHotel = ApiResponse.money(api.quote(shopper, hotel.hotelId(), hotel.roomTypeId(), start, end, 1).body().path("total"));

        assertThat(emptyHotel).isEqualByComparingTo("200.00");
        // 90% occupancy is the default 85-100% tier: x1.50.
        assertThat(fullHotel).isEqualByComparingTo("300.00");
        assertThat(fullHotel).isGreaterThan(emptyHotel);
    }
}
