package io.staygrid.hotel.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code room_type}; bed groups are stored as "BED_TYPE:count" entries. */
@Entity
@Table(name = "room_type")
public class RoomTypeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "room_type_id")
    public Long id;

    @Column(name = "hotel_id")
    public long hotelId;

    public String name;

    public String description;

    @Column(name = "max_occupancy")
    public short maxOccupancy;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "bed_groups")
    public String[] bedGroups;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] amenities;

    @Column(name = "create_time")
    public Instant createTime;

    @Column(name = "update_time")
    public Instant updateTime;
}
