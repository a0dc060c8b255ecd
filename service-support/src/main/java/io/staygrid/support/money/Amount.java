package io.staygrid.support.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money: a whole number of the currency's minor units (cents for EUR, yen for
 * JPY). Arithmetic never leaves integers; there is no floating point anywhere near money.
 */
public record Amount(Currency currency, long minorUnits) {

    public Amount {
        Objects.requireNonNull(currency, "currency");
    }

    public static Amount zero(Currency currency) {
        return new Amount(currency, 0);
    }

    public static Amount ofMinor(String currencyCode, long minorUnits) {
        return new Amount(Currency.getInstance(currencyCode), minorUnits);
    }

    /** The number of digits after the decimal point in this currency (2 for EUR, 0 for JPY). */
    public int fractionDigits() {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    public Amount plus(Amount other) {
        requireSameCurrency(other);
        return new Amount(currency, Math.addExact(minorUnits, other.minorUnits));
    }

    public Amount minus(Amount other) {
        requireSameCurrency(other);
        return new Amount(currency, Math.subtractExact(minorUnits, other.minorUnits));
    }

    public Amount times(long factor) {
        return new Amount(currency, Math.multiplyExact(minorUnits, factor));
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    /** The amount in major units, e.g. 129.50 for 12950 cents. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, fractionDigits());
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Amount other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }
}
