-- The hotel catalog: hotels, room types, rooms and room outages (maintenance windows).
CREATE TABLE hotel (
    hotel_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text        NOT NULL,
    address_lines text[]      NOT NULL,
    city          text        NOT NULL,
    postal_code   text        NOT NULL,
    country_code  char(2)     NOT NULL,
    time_zone     text        NOT NULL,
    currency_code char(3)     NOT NULL,
    star_rating   smallint    NOT NULL CHECK (star_rating BETWEEN 1 AND 5),
    description   text        NOT NULL,
    create_time   timestamptz NOT NULL,
    update_time   timestamptz NOT NULL
);
CREATE INDEX hotel_city_idx ON hotel (lower(city), hotel_id);
CREATE INDEX hotel_country_idx ON hotel (country_code, hotel_id);

CREATE TABLE room_type (
    room_type_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hotel_id      bigint      NOT NULL REFERENCES hotel (hotel_id),
    name          text        NOT NULL,
    description   text        NOT NULL,
    max_occupancy smallint    NOT NULL CHECK (max_occupancy BETWEEN 1 AND 20),
    -- Bed groups as "BED_TYPE:count" entries, e.g. {KING:1,SOFA_BED:1}.
    bed_groups    text[]      NOT NULL,
    amenities     text[]      NOT NULL,
    create_time   timestamptz NOT NULL,
    update_time   timestamptz NOT NULL
);
CREATE INDEX room_type_hotel_idx ON room_type (hotel_id, room_type_id);

CREATE TABLE room (
    room_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hotel_id     bigint      NOT NULL REFERENCES hotel (hotel_id),
    room_type_id bigint      NOT NULL REFERENCES room_type (room_type_id),
    number       text        NOT NULL,
    floor        smallint    NOT NULL CHECK (floor BETWEEN -10 AND 200),
    status       text        NOT NULL CHECK (status IN ('IN_SERVICE', 'OUT_OF_SERVICE')),
    create_time  timestamptz NOT NULL,
    update_time  timestamptz NOT NULL
);
-- Room numbers are unique within a hotel, case-insensitively; concurrent inserts are serialized here.
CREATE UNIQUE INDEX room_number_uq ON room (hotel_id, lower(number));
CREATE INDEX room_hotel_idx ON room (hotel_id, room_id);
CREATE INDEX room_room_type_idx ON room (room_type_id, status);

CREATE TABLE room_outage (
    outage_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hotel_id    bigint      NOT NULL REFERENCES hotel (hotel_id),
    room_id     bigint      NOT NULL REFERENCES room (room_id),
    start_date  date        NOT NULL,
    end_date    date        NOT NULL,
    reason      text        NOT NULL,
    create_time timestamptz NOT NULL,
    CHECK (start_date < end_date)
);
CREATE INDEX room_outage_hotel_idx ON room_outage (hotel_id, start_date, outage_id);
CREATE INDEX room_outage_room_idx ON room_outage (room_id, start_date);

-- Create* request_id deduplication: the first answer is kept and replayed.
CREATE TABLE idempotency_key (
    request_id  uuid        PRIMARY KEY,
    rpc         text        NOT NULL,
    fingerprint text        NOT NULL,
    response    bytea,
    create_time timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idempotency_key_time_idx ON idempotency_key (create_time);

-- Capacity delivery to inventory-svc. One sync row per room type (its lock serializes deliveries of that
-- room type across instances; it outlives a deleted room type until its retirement is delivered), and one
-- outbox row per capacity change, written in the transaction of the change.
CREATE TABLE capacity_sync (
    room_type_id     bigint      PRIMARY KEY,
    hotel_id         bigint      NOT NULL,
    hotel_time_zone  text        NOT NULL,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    attempts         integer     NOT NULL DEFAULT 0,
    last_sync_time   timestamptz,
    last_sync_error  text        NOT NULL DEFAULT ''
);

CREATE TABLE capacity_outbox (
    outbox_id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hotel_id     bigint      NOT NULL,
    room_type_id bigint      NOT NULL,
    -- Both null: the rooms in service changed. Both set: out-of-service counts of [start_date, end_date) changed.
    start_date   date,
    end_date     date,
    create_time  timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK ((start_date IS NULL) = (end_date IS NULL))
);
CREATE INDEX capacity_outbox_room_type_idx ON capacity_outbox (room_type_id, outbox_id);
