package io.staygrid.hotel.service;

/** Fired inside a transaction that wrote outbox rows for a room type; observed after a successful commit. */
public record CapacityChanged(long roomTypeId) {
}
