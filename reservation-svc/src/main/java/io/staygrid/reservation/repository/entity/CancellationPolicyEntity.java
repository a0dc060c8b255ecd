package io.staygrid.reservation.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code cancellation_policy}: a hotel's own policy (hotels without one get the defaults). */
@Entity
@Table(name = "cancellation_policy")
public class CancellationPolicyEntity {

    @Id
    @Column(name = "hotel_id")
    public long hotelId;

    @Column(name = "free_cancellation_days")
    public int freeCancellationDays;

    @Column(name = "penalty_nights")
    public int penaltyNights;

    @Column(name = "hotel_time_zone")
    public String hotelTimeZone;

    @Column(name = "update_time")
    public Instant updateTime;
}
