package io.staygrid.pricing.domain;

/**
 * One step of a pricing rule: from {@code minOccupancyBasisPoints} upwards (10000 = exactly full,
 * 10001 = overbooked) the base rate is multiplied by {@code multiplierBasisPoints} / 10000.
 */
public record OccupancyTier(int minOccupancyBasisPoints, int multiplierBasisPoints) {
}
