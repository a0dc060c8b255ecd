package io.staygrid.pricing.domain;

import io.staygrid.support.money.Amount;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;
import java.util.List;

/** The exact arithmetic of prices: integer minor units times basis points, rounded HALF_UP. */
public final class PriceMath {

    private static final BigDecimal BASIS = BigDecimal.valueOf(10_000);

    private PriceMath() {
    }

    /**
     * amount x multiplier / 10000, rounded HALF_UP (ties away from zero) to the currency's minor unit:
     * EUR 10.02 x 12500 = 12.525 -> 12.53; JPY 12345 x 11000 = 13579.5 -> 13580.
     */
    public static Amount applyMultiplier(Amount amount, int multiplierBasisPoints) {
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(amount.minorUnits())
                .multiply(BigInteger.valueOf(multiplierBasisPoints)));
        long rounded = exact.divide(BASIS, 0, RoundingMode.HALF_UP).longValueExact();
        return new Amount(amount.currency(), rounded);
    }

    /** The sum of already rounded nightly prices of one room, times rooms; never rounded again. */
    public static Amount total(List<Amount> nightlyPrices, int rooms) {
        if (nightlyPrices.isEmpty()) {
            throw new IllegalArgumentException("a stay has at least one night");
        }
        Amount sum = Amount.zero(nightlyPrices.get(0).currency());
        for (Amount price : nightlyPrices) {
            sum = sum.plus(price);
        }
        return sum.times(rooms);
    }
}
