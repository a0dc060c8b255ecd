package io.staygrid.pricing.service;

import io.staygrid.pricing.repository.BaseRateRepository;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.money.Amount;
import java.util.Optional;

/** The rule that every amount of a hotel is in one currency: that of its existing rates. */
final class Currencies {

    private Currencies() {
    }

    /** CURRENCY_MISMATCH unless the amount is in the hotel's currency (or the hotel has none yet). */
    static void requireHotelCurrency(BaseRateRepository baseRates, long hotelId, Amount amount, String field) {
        Optional<String> expected = baseRates.hotelCurrency(hotelId);
        String actual = amount.currency().getCurrencyCode();
        if (expected.isPresent() && !expected.get().equals(actual)) {
            throw DomainException.invalidField("CURRENCY_MISMATCH", field,
                            field + " is in " + actual + " but hotel " + hotelId + " prices in " + expected.get())
                    .with("expected_currency", expected.get())
                    .with("currency_code", actual);
        }
    }
}
