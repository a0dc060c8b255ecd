package io.staygrid.inventory.domain;

/** The answer of HoldRooms: the hold, and whether it already existed (a retry that took nothing). */
public record HoldResult(Hold hold, boolean replayed) {
}
