package io.staygrid.reservation.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code saga_step_log}: what a saga step did, for operators. */
@Entity
@Table(name = "saga_step_log")
public class SagaStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "reservation_id")
    public UUID reservationId;

    public String step;

    public String outcome;

    @Column(name = "log_time", insertable = false, updatable = false)
    public Instant logTime;
}
