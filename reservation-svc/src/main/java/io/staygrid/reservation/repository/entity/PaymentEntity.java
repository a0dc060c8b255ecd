package io.staygrid.reservation.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code payment}: our side of a reservation's charge (written REQUESTED before the gateway is called). */
@Entity
@Table(name = "payment")
public class PaymentEntity {

    @Id
    @Column(name = "reservation_id")
    public UUID reservationId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;

    @Column(name = "amount_minor")
    public long amountMinor;

    @Column(name = "charge_status")
    public String chargeStatus;

    @Column(name = "refund_minor")
    public Long refundMinor;

    @Column(name = "request_time", insertable = false, updatable = false)
    public Instant requestTime;

    @Column(name = "update_time")
    public Instant updateTime;
}
