package io.staygrid.hotel.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code capacity_sync}: one per room type; its lock serializes the deliveries of that room type. */
@Entity
@Table(name = "capacity_sync")
public class CapacitySyncEntity {

    @Id
    @Column(name = "room_type_id")
    public Long roomTypeId;

    @Column(name = "hotel_id")
    public long hotelId;

    @Column(name = "hotel_time_zone")
    public String hotelTimeZone;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    public int attempts;

    @Column(name = "last_sync_time")
    public Instant lastSyncTime;

    @Column(name = "last_sync_error")
    public String lastSyncError;
}
