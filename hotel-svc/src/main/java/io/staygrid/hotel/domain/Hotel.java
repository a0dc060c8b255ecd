package io.staygrid.hotel.domain;

import java.time.Instant;
import java.util.List;

/** A hotel of the chain; country, time zone and currency are fixed once created. */
public record Hotel(long id, String name, List<String> addressLines, String city, String postalCode,
        String countryCode, String timeZone, String currencyCode, int starRating, String description,
        Instant createTime, Instant updateTime) {

    public Hotel withId(long newId, Instant created, Instant updated) {
        return new Hotel(newId, name, addressLines, city, postalCode, countryCode, timeZone, currencyCode,
                starRating, description, created, updated);
    }
}
