package io.staygrid.edge.rest.model;

/** Whether a room can be sold. */
public enum RoomStatus {
    IN_SERVICE,
    OUT_OF_SERVICE
}
