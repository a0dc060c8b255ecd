package io.staygrid.localrunner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class DemoChainTest {

    @Test
    void theChainSpansSeveralTimeZonesAndCurrenciesWithValidCodes() {
        assertThat(DemoChain.hotels()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(DemoChain.hotels()).extracting(DemoChain.HotelSeed::timeZone).doesNotHaveDuplicates()
                .allSatisfy(zone -> assertThat(ZoneId.of(zone)).isNotNull());
        assertThat(DemoChain.hotels()).extracting(DemoChain.HotelSeed::currencyCode).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(Currency.getInstance(code)).isNotNull());
    }

    @Test
    void everyRoomTypeHasRoomsAPositiveRateAndDistinctRoomNumbers() {
        for (DemoChain.HotelSeed hotel : DemoChain.hotels()) {
            assertThat(hotel.roomTypes()).allSatisfy(t -> {
                assertThat(t.rooms()).isPositive();
                assertThat(t.nightlyRateUnits()).isPositive();
            });
            assertThat(hotel.roomTypes()).extracting(t -> t.firstRoomNumber() / 100).doesNotHaveDuplicates();
        }
    }
}
