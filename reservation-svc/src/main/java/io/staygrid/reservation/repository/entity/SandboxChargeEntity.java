package io.staygrid.reservation.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code sandbox_gateway_charge}: what the sandbox processor charged (and refunded) for a reservation. */
@Entity
@Table(name = "sandbox_gateway_charge")
public class SandboxChargeEntity {

    @Id
    @Column(name = "reservation_id")
    public UUID reservationId;

    @Column(name = "payment_token")
    public String paymentToken;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;

    @Column(name = "amount_minor")
    public long amountMinor;

    public String outcome;

    @Column(name = "refunded_minor")
    public Long refundedMinor;

    @Column(name = "create_time", insertable = false, updatable = false)
    public Instant createTime;

    @Column(name = "refund_time")
    public Instant refundTime;
}
