package io.staygrid.hotel.domain;

import java.time.Instant;

/** Catalog capacity of a room type and whether inventory-svc has caught up with it. */
public record CapacityStatus(long hotelId, long roomTypeId, int totalRooms, int inServiceRooms, boolean pending,
        Instant pendingSince, Instant lastSyncTime, String lastSyncError) {
}
