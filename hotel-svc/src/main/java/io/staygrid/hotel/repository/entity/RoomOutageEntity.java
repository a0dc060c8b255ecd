package io.staygrid.hotel.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code room_outage}: one room out of service on [start_date, end_date). */
@Entity
@Table(name = "room_outage")
public class RoomOutageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "outage_id")
    public Long id;

    @Column(name = "hotel_id")
    public long hotelId;

    @Column(name = "room_id")
    public long roomId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String reason;

    @Column(name = "create_time")
    public Instant createTime;
}
