package io.staygrid.hotel.domain;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Validates and normalizes a hotel (trimmed text, codes checked against the JDK's ISO and IANA tables). */
public final class HotelRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private HotelRules() {
    }

    public static Hotel normalized(Hotel h) {
        return new Hotel(h.id(), Text.checked(h.name(), "hotel.name", 1, 200), addressLines(h.addressLines()),
                Text.checked(h.city(), "hotel.city", 1, 100), Text.checked(h.postalCode(), "hotel.postal_code", 0, 20),
                country(h.countryCode(), "hotel.country_code"), timeZone(h.timeZone()), currency(h.currencyCode()),
                Text.checkedRange(h.starRating(), "hotel.star_rating", 1, 5),
                Text.checked(h.description(), "hotel.description", 0, 4000), h.createTime(), h.updateTime());
    }

    public static String country(String code, String field) {
        if (code == null || !COUNTRIES.contains(code)) {
            throw CatalogErrors.invalid(field, field + " must be an ISO-3166-1 alpha-2 code in upper case, e.g. FR");
        }
        return code;
    }

    private static List<String> addressLines(List<String> lines) {
        if (lines.isEmpty() || lines.size() > 3) {
            throw CatalogErrors.invalid("hotel.address_lines", "hotel.address_lines needs 1 to 3 lines");
        }
        List<String> trimmed = new ArrayList<>();
        for (String line : lines) {
            trimmed.add(Text.checked(line, "hotel.address_lines", 1, 200));
        }
        return List.copyOf(trimmed);
    }

    private static String timeZone(String zone) {
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw CatalogErrors.invalid("hotel.time_zone", "hotel.time_zone must be an IANA time zone, e.g. Europe/Paris");
        }
        return zone;
    }

    private static String currency(String code) {
        try {
            if (code != null && code.equals(Currency.getInstance(code).getCurrencyCode())) {
                return code;
            }
        } catch (IllegalArgumentException e) {
            // Not an ISO-4217 code: refused below.
        }
        throw CatalogErrors.invalid("hotel.currency_code", "hotel.currency_code must be an ISO-4217 code in upper case, e.g. EUR");
    }
}
