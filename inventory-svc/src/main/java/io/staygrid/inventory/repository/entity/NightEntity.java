package io.staygrid.inventory.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A row of {@code room_type_inventory}: one room type on one night. */
@Entity
@Table(name = "room_type_inventory")
@IdClass(NightEntity.Key.class)
public class NightEntity {

    /** The primary key: hotel, room type and date. */
    public static class Key implements Serializable {
        public long hotelId;
        public long roomTypeId;
        public LocalDate date;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hotelId == k.hotelId && roomTypeId == k.roomTypeId && Objects.equals(date, k.date);
        }

        @Override
        public int hashCode() {
            return Objects.hash(hotelId, roomTypeId, date);
        }
    }

    @Id
    @Column(name = "hotel_id")
    public long hotelId;

    @Id
    @Column(name = "room_type_id")
    public long roomTypeId;

    @Id
    public LocalDate date;

    @Column(name = "total_inventory")
    public int totalInventory;

    @Column(name = "out_of_service")
    public int outOfService;

    @Column(name = "sell_limit")
    public int sellLimit;

    @Column(name = "total_reserved")
    public int totalReserved;

    @Column(name = "overbooked_floor")
    public int overbookedFloor;
}
