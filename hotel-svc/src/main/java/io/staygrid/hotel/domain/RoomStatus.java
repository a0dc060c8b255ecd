package io.staygrid.hotel.domain;

/** Whether a room counts toward its room type's capacity. */
public enum RoomStatus {
    IN_SERVICE, OUT_OF_SERVICE
}
