package io.staygrid.localrunner;

/** A room type the seeder created, with what the rate seeding needs to know about it. */
public record SeededRoomType(long hotelId, long roomTypeId, String currencyCode, long nightlyRateUnits) {
}
