-- A hotel's cancellation policy; hotels without a row get the defaults (3 days, 1 night, UTC).
CREATE TABLE cancellation_policy (
    hotel_id               bigint PRIMARY KEY CHECK (hotel_id > 0),
    free_cancellation_days int    NOT NULL CHECK (free_cancellation_days BETWEEN 0 AND 365),
    penalty_nights         int    NOT NULL CHECK (penalty_nights BETWEEN 0 AND 30),
    hotel_time_zone        text   NOT NULL,
    update_time            timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- One row per booking, keyed by its idempotency key. The saga's state is status + hold_confirmed;
-- lease_until tells the recovery job when an unfinished saga is its to drive.
CREATE TABLE reservation (
    reservation_id        uuid PRIMARY KEY,
    request_fingerprint   char(64)     NOT NULL,
    guest_id              varchar(128) NOT NULL,
    hotel_id              bigint       NOT NULL,
    room_type_id          bigint       NOT NULL,
    start_date            date         NOT NULL,
    end_date              date         NOT NULL CHECK (end_date > start_date),
    rooms                 int          NOT NULL CHECK (rooms BETWEEN 1 AND 10),
    guests                int          NOT NULL CHECK (guests >= 1),
    quote_id              uuid         NOT NULL,
    payment_token         varchar(256) NOT NULL,
    status                text         NOT NULL
        CHECK (status IN ('PENDING', 'PAID', 'REJECTED', 'CANCELED', 'REFUNDED')),
    currency              char(3),
    amount_minor          bigint CHECK (amount_minor >= 0),
    night_prices_minor    bigint[],
    refunded_minor        bigint CHECK (refunded_minor >= 0),
    rejection_reason      text,
    needs_attention       boolean      NOT NULL DEFAULT false,
    attention_reason      text,
    hold_confirmed        boolean      NOT NULL DEFAULT false,
    booked_by_kind        text         NOT NULL,
    booked_by_id          varchar(128) NOT NULL,
    policy_free_days      int          NOT NULL,
    policy_penalty_nights int          NOT NULL,
    policy_time_zone      text         NOT NULL,
    lease_until           timestamptz  NOT NULL,
    lease_owner           text,
    recovery_attempts     int          NOT NULL DEFAULT 0,
    create_time           timestamptz  NOT NULL DEFAULT clock_timestamp(),
    update_time           timestamptz  NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX reservation_guest_idx ON reservation (guest_id, create_time DESC, reservation_id DESC);
CREATE INDEX reservation_hotel_idx ON reservation (hotel_id, start_date, create_time, reservation_id);
CREATE INDEX reservation_unfinished_idx ON reservation (lease_until)
    WHERE status = 'PENDING' OR (status = 'PAID' AND NOT hold_confirmed);

-- The audit trail: every status change and needs-attention flag, numbered per reservation.
CREATE TABLE reservation_event (
    reservation_id uuid        NOT NULL REFERENCES reservation (reservation_id),
    sequence       bigint      NOT NULL,
    from_status    text,
    to_status      text        NOT NULL,
    event_time     timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_kind     text        NOT NULL,
    actor_id       varchar(128) NOT NULL,
    reason         text        NOT NULL DEFAULT '',
    PRIMARY KEY (reservation_id, sequence)
);

-- Our side of the payment: written REQUESTED before the gateway is called, so an unknown outcome is
-- always resolved by asking the gateway, never by charging again blindly.
CREATE TABLE payment (
    reservation_id      uuid PRIMARY KEY REFERENCES reservation (reservation_id),
    currency            char(3)     NOT NULL,
    amount_minor        bigint      NOT NULL CHECK (amount_minor >= 0),
    charge_status       text        NOT NULL
        CHECK (charge_status IN ('REQUESTED', 'APPROVED', 'DECLINED', 'NO_CHARGE', 'UNKNOWN')),
    refund_minor        bigint CHECK (refund_minor >= 0),
    request_time        timestamptz NOT NULL DEFAULT clock_timestamp(),
    update_time         timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- Durable compensations (release the hold, refund): enqueued in the same transaction as the status
-- change that needs them, run at once, and retried by the recovery job until done.
CREATE TABLE compensation_task (
    reservation_id    uuid        NOT NULL REFERENCES reservation (reservation_id),
    task              text        NOT NULL CHECK (task IN ('RELEASE_HOLD', 'REFUND')),
    amount_minor      bigint,
    attempts          int         NOT NULL DEFAULT 0,
    next_attempt_time timestamptz NOT NULL,
    done_time         timestamptz,
    last_error        text,
    PRIMARY KEY (reservation_id, task)
);
CREATE INDEX compensation_task_due_idx ON compensation_task (next_attempt_time) WHERE done_time IS NULL;

-- What each saga step did, in order (for operators; the saga decides from the tables above).
CREATE TABLE saga_step_log (
    id             bigserial PRIMARY KEY,
    reservation_id uuid        NOT NULL,
    step           text        NOT NULL,
    outcome        text        NOT NULL,
    log_time       timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX saga_step_log_reservation_idx ON saga_step_log (reservation_id, id);

-- The sandbox gateway's own ledger: what the simulated card processor believes it charged and refunded.
CREATE TABLE sandbox_gateway_charge (
    reservation_id uuid PRIMARY KEY,
    payment_token  varchar(256) NOT NULL,
    currency       char(3)      NOT NULL,
    amount_minor   bigint       NOT NULL,
    outcome        text         NOT NULL CHECK (outcome IN ('APPROVED', 'DECLINED')),
    refunded_minor bigint,
    create_time    timestamptz  NOT NULL DEFAULT clock_timestamp(),
    refund_time    timestamptz
);
