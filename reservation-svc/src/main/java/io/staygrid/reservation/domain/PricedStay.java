package io.staygrid.reservation.domain;

import io.staygrid.support.money.Amount;
import java.util.Currency;
import java.util.List;

/** The accepted price of a stay: one room's price per night in date order, and the total charged. */
public record PricedStay(Currency currency, List<Long> nightPricesMinor, Amount total) {

    public PricedStay {
        nightPricesMinor = List.copyOf(nightPricesMinor);
    }
}
