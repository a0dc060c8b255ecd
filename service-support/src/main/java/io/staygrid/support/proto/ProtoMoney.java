package io.staygrid.support.proto;

import com.google.type.Money;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.money.Amount;
import java.util.Currency;

/**
 * {@code google.type.Money} to and from {@link Amount}. A proto amount must be exact in the
 * currency's minor unit (no fractions of a cent), with units and nanos of the same sign.
 */
public final class ProtoMoney {

    private static final long NANOS_PER_UNIT = 1_000_000_000L;

    private ProtoMoney() {
    }

    public static Money toProto(Amount amount) {
        long scale = pow10(amount.fractionDigits());
        long units = amount.minorUnits() / scale;
        long nanos = (amount.minorUnits() % scale) * (NANOS_PER_UNIT / scale);
        return Money.newBuilder()
                .setCurrencyCode(amount.currency().getCurrencyCode())
                .setUnits(units)
                .setNanos((int) nanos)
                .build();
    }

    /**
     * The amount a caller sent. Errors are {@code INVALID_ARGUMENT} naming the field:
     * UNKNOWN_CURRENCY for a code that is not ISO 4217, INVALID_MONEY for anything else.
     */
    public static Amount toAmount(Money money, String field) {
        Currency currency;
        try {
            currency = Currency.getInstance(money.getCurrencyCode());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalidField("UNKNOWN_CURRENCY", field,
                    field + ".currency_code '" + money.getCurrencyCode() + "' is not an ISO 4217 currency");
        }
        long units = money.getUnits();
        int nanos = money.getNanos();
        if (Math.abs(nanos) >= NANOS_PER_UNIT || (units > 0 && nanos < 0) || (units < 0 && nanos > 0)) {
            throw DomainException.invalidField("INVALID_MONEY", field,
                    field + " must have nanos in (-1e9, 1e9) with the same sign as units");
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        long scale = pow10(digits);
        long nanosPerMinor = NANOS_PER_UNIT / scale;
        if (nanos % nanosPerMinor != 0) {
            throw DomainException.invalidField("INVALID_MONEY", field,
                    field + " is finer than the minor unit of " + currency.getCurrencyCode());
        }
        try {
            return new Amount(currency, Math.addExact(Math.multiplyExact(units, scale), nanos / nanosPerMinor));
        } catch (ArithmeticException e) {
            throw DomainException.invalidField("INVALID_MONEY", field, field + " is too large");
        }
    }

    private static long pow10(int digits) {
        long p = 1;
        for (int i = 0; i < digits; i++) {
            p *= 10;
        }
        return p;
    }
}
