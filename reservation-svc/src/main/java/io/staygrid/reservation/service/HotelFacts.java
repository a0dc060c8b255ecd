package io.staygrid.reservation.service;

import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What reservation-svc needs to know of hotel-svc's catalog, learnt from it (and cached, so not asked per
 * booking): a hotel's time zone, which decides "today" for cancellation windows, and a room type's maximum
 * occupancy per room. Lookups throw a DomainException UNAVAILABLE (HOTEL_UNAVAILABLE) when hotel-svc cannot
 * be reached.
 */
public interface HotelFacts {

    /** The hotel's IANA time zone; empty if hotel-svc does not know the hotel. */
    Optional<ZoneId> timeZone(long hotelId);

    /** How many guests one room of the room type takes; empty if hotel-svc does not know the room type. */
    OptionalInt maxOccupancy(long hotelId, long roomTypeId);
}
