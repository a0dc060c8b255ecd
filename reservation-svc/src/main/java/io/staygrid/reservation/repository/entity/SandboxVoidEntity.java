package io.staygrid.reservation.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code sandbox_gateway_void}: a reservation id the sandbox processor refuses to charge, ever. */
@Entity
@Table(name = "sandbox_gateway_void")
public class SandboxVoidEntity {

    @Id
    @Column(name = "reservation_id")
    public UUID reservationId;

    @Column(name = "void_time", insertable = false, updatable = false)
    public Instant voidTime;
}
