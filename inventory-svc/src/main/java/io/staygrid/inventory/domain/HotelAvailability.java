package io.staygrid.inventory.domain;

import java.time.LocalDate;
import java.util.List;

/** The answer to GetAvailability: the hotel's today and each room type's availability over the range. */
public record HotelAvailability(LocalDate today, List<Availability> roomTypes) {
}
