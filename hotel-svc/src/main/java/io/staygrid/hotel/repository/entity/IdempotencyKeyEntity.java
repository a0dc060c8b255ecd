package io.staygrid.hotel.repository.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code idempotency_key}: a Create* request id, what it was used for, and the first answer. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKeyEntity {

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    public String rpc;

    public String fingerprint;

    /** Null until the call that claimed the key has answered. */
    public byte[] response;

    @Column(name = "create_time", insertable = false, updatable = false)
    public Instant createTime;
}
