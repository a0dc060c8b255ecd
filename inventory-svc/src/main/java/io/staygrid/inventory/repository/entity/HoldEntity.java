package io.staygrid.inventory.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code inventory_hold}: what one reservation took (no stay: a remembered release of an id that never held). */
@Entity
@Table(name = "inventory_hold")
public class HoldEntity {

    @Id
    @Column(name = "reservation_id")
    public UUID reservationId;

    @Column(name = "hotel_id")
    public Long hotelId;

    @Column(name = "room_type_id")
    public Long roomTypeId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public Integer rooms;

    public String state;

    @Column(name = "expire_time")
    public Instant expireTime;

    @Column(name = "create_time")
    public Instant createTime;

    @Column(name = "update_time")
    public Instant updateTime;
}
