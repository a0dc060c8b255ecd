package io.staygrid.edge.mapping;

import com.google.protobuf.Timestamp;
import com.google.type.Date;
import io.staygrid.edge.error.ProblemException;
import io.staygrid.edge.rest.model.Money;
import io.staygrid.support.proto.ProtoTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.regex.Pattern;

/** JSON values to and from proto values: absent JSON fields become proto defaults, which the services validate. */
public final class ProtoValues {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,9})?");

    private ProtoValues() {
    }

    public static String str(String value) {
        return value == null ? "" : value;
    }

    public static int i32(Integer value) {
        return value == null ? 0 : value;
    }

    public static long i64(Long value) {
        return value == null ? 0 : value;
    }

    public static boolean bool(Boolean value) {
        return value != null && value;
    }

    /** A LocalDate as google.type.Date; absent stays the all-zero date, which services refuse as missing. */
    public static Date date(LocalDate value) {
        return value == null ? Date.getDefaultInstance() : ProtoTime.toProto(value);
    }

    /** A google.type.Date as LocalDate; null when unset or not a real date. */
    public static LocalDate date(Date value) {
        if (!ProtoTime.isSet(value)) {
            return null;
        }
        try {
            return LocalDate.of(value.getYear(), value.getMonth(), value.getDay());
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static Instant instant(boolean present, Timestamp value) {
        return present ? ProtoTime.toInstant(value) : null;
    }

    /** {"amount":"129.50","currency":"EUR"} to google.type.Money; a malformed amount is 400 INVALID_MONEY. */
    public static com.google.type.Money money(Money value, String field) {
        if (value == null) {
            return com.google.type.Money.getDefaultInstance();
        }
        if (value.amount() == null || !DECIMAL.matcher(value.amount()).matches()) {
            throw ProblemException.invalidField("INVALID_MONEY", field + ".amount",
                    field + ".amount must be a decimal string such as \"129.50\" (at most 9 decimals)");
        }
        BigDecimal amount = new BigDecimal(value.amount());
        BigDecimal units = amount.setScale(0, RoundingMode.DOWN);
        return com.google.type.Money.newBuilder()
                .setCurrencyCode(str(value.currency()))
                .setUnits(units.longValueExact())
                .setNanos(amount.subtract(units).movePointRight(9).intValueExact())
                .build();
    }

    /** google.type.Money to JSON with the currency's number of decimals; null when unset. */
    public static Money money(boolean present, com.google.type.Money value) {
        if (!present || value.getCurrencyCode().isEmpty()) {
            return null;
        }
        BigDecimal amount = BigDecimal.valueOf(value.getUnits()).add(BigDecimal.valueOf(value.getNanos(), 9));
        return new Money(plain(amount, value.getCurrencyCode()), value.getCurrencyCode());
    }

    /** An enum value's name without its proto prefix (ROOM_STATUS_IN_SERVICE -> IN_SERVICE); null for *_UNSPECIFIED. */
    public static String enumName(Enum<?> value, String prefix) {
        String name = value.name();
        if (name.endsWith("_UNSPECIFIED") || name.equals("UNRECOGNIZED")) {
            return null;
        }
        return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
    }

    private static String plain(BigDecimal amount, String currencyCode) {
        try {
            int digits = Math.max(Currency.getInstance(currencyCode).getDefaultFractionDigits(), 0);
            return amount.setScale(digits, RoundingMode.UNNECESSARY).toPlainString();
        } catch (IllegalArgumentException | ArithmeticException e) {
            return amount.stripTrailingZeros().toPlainString();
        }
    }
}
