package io.staygrid.pricing.mapping;

import com.google.type.Date;
import com.google.type.Money;
import io.staygrid.pricing.domain.DateRange;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.money.Amount;
import io.staygrid.support.paging.PageRequest;
import io.staygrid.support.proto.ProtoMoney;
import io.staygrid.support.proto.ProtoTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads and validates request fields; every failure is INVALID_ARGUMENT naming the field. */
public final class Inputs {

    static final String INVALID_FIELD = "INVALID_FIELD";
    static final String INVALID_STAY = "INVALID_STAY";
    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final long MAX_RATE_UNITS = 1_000_000_000L;

    private Inputs() {
    }

    public static long positiveId(long value, String field) {
        if (value <= 0) {
            throw DomainException.invalidField(INVALID_FIELD, field, field + " must be a positive id");
        }
        return value;
    }

    public static UUID uuid(String value, String field) {
        if (value == null || !UUID_FORM.matcher(value).matches()) {
            throw DomainException.invalidField(INVALID_FIELD, field, field + " must be a UUID");
        }
        return UUID.fromString(value);
    }

    /**
     * A half-open range [start, end) with both dates set, end after start and at most {@code maxNights}
     * nights; with {@code earliestStart} set, start may not be before it. Failures are INVALID_STAY.
     */
    public static DateRange range(Date start, Date end, String prefix, int maxNights, LocalDate earliestStart) {
        LocalDate from = date(start, prefix + "start_date");
        LocalDate to = date(end, prefix + "end_date");
        if (!to.isAfter(from)) {
            throw stay(prefix + "end_date", "START_NOT_BEFORE_END", "end_date must be after start_date");
        }
        if (ChronoUnit.DAYS.between(from, to) > maxNights) {
            throw stay(prefix + "end_date", "TOO_MANY_NIGHTS", "the range may span at most " + maxNights + " nights");
        }
        if (earliestStart != null && from.isBefore(earliestStart)) {
            throw stay(prefix + "start_date", "START_IN_PAST", "start_date is in the past");
        }
        return new DateRange(from, to);
    }

    /** An optional date: null when unset; a partial or impossible date is INVALID_STAY. */
    public static LocalDate optionalDate(Date date, String field) {
        return ProtoTime.isSet(date) ? date(date, field) : null;
    }

    /**
     * A rate: a known, not withdrawn (see withdrawn-currencies.txt) currency with a minor unit, exact in it, strictly positive and at most
     * 1,000,000,000 units. UNKNOWN_CURRENCY or INVALID_MONEY otherwise.
     */
    public static Amount rate(Money money, String field) {
        Amount amount;
        try {
            amount = ProtoMoney.toAmount(money, field);
        } catch (DomainException e) {
            throw "UNKNOWN_CURRENCY".equals(e.reason()) ? e.with("currency_code", money.getCurrencyCode()) : e;
        }
        if (WithdrawnCurrencies.contains(amount.currency().getCurrencyCode())) {
            throw DomainException.invalidField("UNKNOWN_CURRENCY", field, field + ".currency_code "
                    + money.getCurrencyCode() + " is withdrawn from ISO 4217").with("currency_code", money.getCurrencyCode());
        }
        if (amount.currency().getDefaultFractionDigits() < 0) {
            throw DomainException.invalidField("UNKNOWN_CURRENCY", field, field + ".currency_code "
                    + money.getCurrencyCode() + " has no minor unit defined").with("currency_code", money.getCurrencyCode());
        }
        if (amount.minorUnits() <= 0) {
            throw DomainException.invalidField("INVALID_MONEY", field, field + " must be strictly positive");
        }
        if (amount.toDecimal().compareTo(java.math.BigDecimal.valueOf(MAX_RATE_UNITS)) > 0) {
            throw DomainException.invalidField("INVALID_MONEY", field, field + " must be at most 1,000,000,000 units");
        }
        return amount;
    }

    /** page_size and page_token; a negative size or a token this list did not issue is INVALID_FIELD. */
    public static PageRequest page(int pageSize, String pageToken) {
        try {
            return PageRequest.of(pageSize, pageToken);
        } catch (DomainException e) {
            throw new DomainException(e.kind(), INVALID_FIELD, e.getMessage(), e.metadata());
        }
    }

    public static DomainException foreignToken() {
        return DomainException.invalidField(INVALID_FIELD, "page_token",
                "page_token was not issued for this list with these filters; start again without it");
    }

    private static LocalDate date(Date date, String field) {
        if (!ProtoTime.isSet(date)) {
            throw stay(field, "MISSING", field + " is required");
        }
        try {
            return ProtoTime.toLocalDate(date, field);
        } catch (DomainException e) {
            throw stay(field, "INVALID_DATE", e.getMessage());
        }
    }

    private static DomainException stay(String field, String rule, String message) {
        return new DomainException(io.staygrid.support.error.ErrorKind.INVALID_ARGUMENT, INVALID_STAY, message,
                Map.of("field", field, "rule", rule));
    }
}
