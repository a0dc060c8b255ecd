package io.staygrid.inventory.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A row of {@code room_type}: the rooms in service as last sent by hotel-svc, and the percent its limits use. */
@Entity
@Table(name = "room_type")
@IdClass(RoomTypeEntity.Key.class)
public class RoomTypeEntity {

    /** The primary key: hotel and room type. */
    public static class Key implements Serializable {
        public long hotelId;
        public long roomTypeId;

        public Key() {
        }

        public Key(long hotelId, long roomTypeId) {
            this.hotelId = hotelId;
            this.roomTypeId = roomTypeId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hotelId == k.hotelId && roomTypeId == k.roomTypeId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(hotelId, roomTypeId);
        }
    }

    @Id
    @Column(name = "hotel_id")
    public long hotelId;

    @Id
    @Column(name = "room_type_id")
    public long roomTypeId;

    public int rooms;

    @Column(name = "applied_percent")
    public int appliedPercent;

    @Column(name = "create_time")
    public Instant createTime;

    @Column(name = "update_time")
    public Instant updateTime;
}
