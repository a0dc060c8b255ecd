package io.staygrid.hotel.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row of {@code capacity_outbox}: one capacity change not delivered yet. Both dates null: the rooms in service
 * changed; both set: the out-of-service counts of [start_date, end_date) changed.
 */
@Entity
@Table(name = "capacity_outbox")
public class CapacityOutboxEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "outbox_id")
    public Long id;

    @Column(name = "hotel_id")
    public long hotelId;

    @Column(name = "room_type_id")
    public long roomTypeId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "create_time", insertable = false, updatable = false)
    public Instant createTime;

    /** Refused for good by inventory-svc: kept, but no longer makes the room type due. */
    public boolean parked;

    /** Staff forced the change: only such a change is delivered forced. */
    public boolean force;
}
