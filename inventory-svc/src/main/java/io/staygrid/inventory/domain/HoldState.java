package io.staygrid.inventory.domain;

/** Where a hold is in its life cycle; HELD and CONFIRMED holds count in total_reserved. */
public enum HoldState {
    HELD,
    CONFIRMED,
    RELEASED,
    EXPIRED;

    public boolean countsRooms() {
        return this == HELD || this == CONFIRMED;
    }
}
