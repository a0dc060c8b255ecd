package io.staygrid.inventory.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code hotel}: its time zone, overbooking policy and the policy change in flight, if any. */
@Entity
@Table(name = "hotel")
public class HotelEntity {

    @Id
    @Column(name = "hotel_id")
    public long hotelId;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "overbooking_percent")
    public Integer overbookingPercent;

    @Column(name = "policy_update_time")
    public Instant policyUpdateTime;

    @Column(name = "create_time")
    public Instant createTime;

    @Column(name = "pending_percent")
    public Integer pendingPercent;

    @Column(name = "pending_token")
    public UUID pendingToken;

    @Column(name = "pending_until")
    public Instant pendingUntil;
}
