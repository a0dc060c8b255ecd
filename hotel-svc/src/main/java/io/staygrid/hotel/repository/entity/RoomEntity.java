package io.staygrid.hotel.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code room}; its number is unique per hotel, case-insensitively (index {@code room_number_uq}). */
@Entity
@Table(name = "room")
public class RoomEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "room_id")
    public Long id;

    @Column(name = "hotel_id")
    public long hotelId;

    @Column(name = "room_type_id")
    public long roomTypeId;

    public String number;

    public short floor;

    public String status;

    @Column(name = "create_time")
    public Instant createTime;

    @Column(name = "update_time")
    public Instant updateTime;
}
