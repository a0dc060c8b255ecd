package io.staygrid.reservation.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code reservation}: the booking and its saga's durable state (status, lease, flags). */
@Entity
@Table(name = "reservation")
public class ReservationEntity {

    @Id
    @Column(name = "reservation_id")
    public UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "request_fingerprint", length = 64)
    public String requestFingerprint;

    @Column(name = "guest_id")
    public String guestId;

    @Column(name = "hotel_id")
    public long hotelId;

    @Column(name = "room_type_id")
    public long roomTypeId;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public int rooms;

    public int guests;

    @Column(name = "quote_id")
    public UUID quoteId;

    @Column(name = "payment_token")
    public String paymentToken;

    public String status;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;

    @Column(name = "amount_minor")
    public Long amountMinor;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "night_prices_minor")
    public Long[] nightPricesMinor;

    @Column(name = "refunded_minor")
    public Long refundedMinor;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "needs_attention")
    public boolean needsAttention;

    @Column(name = "attention_reason")
    public String attentionReason;

    @Column(name = "hold_confirmed")
    public boolean holdConfirmed;

    @Column(name = "booked_by_kind")
    public String bookedByKind;

    @Column(name = "booked_by_id")
    public String bookedById;

    @Column(name = "policy_free_days")
    public int policyFreeDays;

    @Column(name = "policy_penalty_nights")
    public int policyPenaltyNights;

    @Column(name = "policy_time_zone")
    public String policyTimeZone;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "recovery_attempts")
    public int recoveryAttempts;

    @Column(name = "create_time")
    public Instant createTime;

    @Column(name = "update_time")
    public Instant updateTime;
}
