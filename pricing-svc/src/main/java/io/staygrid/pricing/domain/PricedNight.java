package io.staygrid.pricing.domain;

import io.staygrid.support.money.Amount;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The price of one room on one night and everything it was computed from. */
public record PricedNight(LocalDate date, Amount baseRate, Optional<UUID> overrideId, int occupancyBasisPoints,
                          int multiplierBasisPoints, Amount price, int totalInventory, int totalReserved) {
}
