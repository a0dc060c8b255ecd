package io.staygrid.inventory.domain;

/** The result of UpdateOverbookingPolicy: the policy in effect, and how many nights from today are overbooked. */
public record PolicyChange(OverbookingPolicy policy, int overbookedNights) {
}
