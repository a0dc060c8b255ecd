package io.staygrid.hotel.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code capacity_resync}: a request to re-send a room type as the catalog has it; a new generation each time. */
@Entity
@Table(name = "capacity_resync")
public class CapacityResyncEntity {

    @Id
    @Column(name = "room_type_id")
    public Long roomTypeId;

    @Column(name = "hotel_id")
    public long hotelId;

    public long generation;

    @Column(name = "request_time", insertable = false, updatable = false)
    public Instant requestTime;
}
