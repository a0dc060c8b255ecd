package io.staygrid.localrunner;

import java.util.List;

/** The demo chain seeded on the first local run: hotels in several time zones and currencies. */
public final class DemoChain {

    /** A bed group of a room type: kind of bed (a BedType name without prefix) and count. */
    public record Beds(String type, int count) {
    }

    /**
     * A room type with its rooms and its base rate in whole units of the hotel's currency.
     *
     * @param firstRoomNumber numbers run up from here, e.g. 101, 102, ...
     */
    public record RoomTypeSeed(String name, String description, int maxOccupancy, List<Beds> beds, List<String> amenities,
            int rooms, int firstRoomNumber, long nightlyRateUnits) {
    }

    /** A hotel and its room types. */
    public record HotelSeed(String name, String addressLine, String city, String postalCode, String countryCode,
            String timeZone, String currencyCode, int stars, String description, List<RoomTypeSeed> roomTypes) {
    }

    private DemoChain() {
    }

    public static List<HotelSeed> hotels() {
        return List.of(
                hotel("StayGrid Paris Opéra", "12 rue Halévy", "Paris", "75009", "FR", "Europe/Paris", "EUR", 4, 140, 1),
                hotel("StayGrid Tokyo Shinjuku", "3-7-1 Nishi-Shinjuku", "Tokyo", "160-0023", "JP", "Asia/Tokyo", "JPY", 4, 18_000, 100),
                hotel("StayGrid New York Midtown", "250 W 43rd St", "New York", "10036", "US", "America/New_York", "USD", 3, 199, 1),
                hotel("StayGrid Sydney Harbour", "88 George St", "Sydney", "2000", "AU", "Australia/Sydney", "AUD", 5, 230, 1),
                hotel("StayGrid Seoul Gangnam", "521 Teheran-ro", "Seoul", "06164", "KR", "Asia/Seoul", "KRW", 4, 150_000, 1_000));
    }

    /** Three room types per hotel: rates scale from the standard double's, rounded to the currency's step. */
    private static HotelSeed hotel(String name, String address, String city, String postal, String country, String zone,
            String currency, int stars, long standardRate, long roundTo) {
        List<RoomTypeSeed> types = List.of(
                new RoomTypeSeed("Standard double", "A quiet double room facing the courtyard.", 2,
                        List.of(new Beds("DOUBLE", 1)), List.of("wifi", "air_conditioning"), 6, 101, standardRate),
                new RoomTypeSeed("Twin", "Two single beds, ideal for colleagues travelling together.", 2,
                        List.of(new Beds("SINGLE", 2)), List.of("wifi", "desk"), 4, 201, round(standardRate * 6 / 5, roundTo)),
                new RoomTypeSeed("Family suite", "A king bed and a sofa bed in two rooms.", 4,
                        List.of(new Beds("KING", 1), new Beds("SOFA_BED", 1)), List.of("wifi", "minibar", "bathtub"), 2, 301,
                        round(standardRate * 23 / 10, roundTo)));
        return new HotelSeed(name, address, city, postal, country, zone, currency, stars,
                "The " + city + " house of the StayGrid demo chain.", types);
    }

    private static long round(long amount, long step) {
        return (amount + step / 2) / step * step;
    }
}
