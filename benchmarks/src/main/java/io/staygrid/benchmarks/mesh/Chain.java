package io.staygrid.benchmarks.mesh;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The seeded chain: the hotels of the normal traffic, and the storm hotel whose one room type is the flash
 * sale's (no normal traffic touches it). Stays of the normal traffic start 2 days ahead at the earliest, so
 * "today" in any hotel's time zone is never in the way.
 */
record Chain(List<Hotel> hotels, Hotel storm, int stayWindow) {

    /** Time zones and currencies the chain rotates through (JPY has no minor unit). */
    static final List<String[]> LOCALES = List.of(new String[] {"Europe/Paris", "EUR", "FR"},
            new String[] {"America/New_York", "USD", "US"}, new String[] {"Asia/Tokyo", "JPY", "JP"});

    record Hotel(long hotelId, List<Long> roomTypeIds, String zone, String currency) {

        LocalDate today() {
            return LocalDate.now(ZoneId.of(zone));
        }
    }

    /** One stay of a room type: [start, end), one room. */
    record Stay(long hotelId, long roomTypeId, LocalDate start, LocalDate end) {
    }

    /** Base rate in whole units of the hotel's currency of the n-th room type (0-based). */
    static long baseRateUnits(String currency, int roomTypeIndex) {
        long eur = 90 + 15L * roomTypeIndex;
        return currency.equals("JPY") ? eur * 150 : eur;
    }

    Hotel randomHotel() {
        return hotels.get(ThreadLocalRandom.current().nextInt(hotels.size()));
    }

    /** A random room type of a random hotel, 1 to 3 nights starting 2..stayWindow days ahead. */
    Stay randomStay() {
        Hotel h = randomHotel();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate start = h.today().plusDays(2 + r.nextInt(Math.max(1, stayWindow - 1)));
        return new Stay(h.hotelId(), h.roomTypeIds().get(r.nextInt(h.roomTypeIds().size())), start,
                start.plusDays(1 + r.nextInt(3)));
    }

    /**
     * The n-th flash-sale stay of the storm room type: 3 nights, a fresh range for every storm run so each
     * finds the full sell limit (storms 0, 1, 2 ... start 40, 44, 48 ... days ahead).
     */
    Stay stormStay(int n) {
        LocalDate start = storm.today().plusDays(40 + 4L * n);
        return new Stay(storm.hotelId(), storm.roomTypeIds().get(0), start, start.plusDays(3));
    }
}
