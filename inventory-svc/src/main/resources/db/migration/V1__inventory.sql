-- Per-hotel settings inventory needs: the time zone that defines "today" (from SetRoomTypeCapacity) and the
-- overbooking policy (NULL percent = the default, 10). Every capacity or policy change locks this row first,
-- so changes of one hotel are serialized and always read the percent they write with.
CREATE TABLE hotel (
    hotel_id            bigint      PRIMARY KEY CHECK (hotel_id > 0),
    time_zone           text,
    overbooking_percent integer     CHECK (overbooking_percent BETWEEN 0 AND 100),
    policy_update_time  timestamptz,
    create_time         timestamptz NOT NULL
);

-- Rooms in service of a room type, as last sent by hotel-svc (absolute; 0 = retired).
CREATE TABLE room_type (
    hotel_id     bigint      NOT NULL REFERENCES hotel (hotel_id),
    room_type_id bigint      NOT NULL CHECK (room_type_id > 0),
    rooms        integer     NOT NULL CHECK (rooms >= 0),
    create_time  timestamptz NOT NULL,
    update_time  timestamptz NOT NULL,
    PRIMARY KEY (hotel_id, room_type_id)
);

-- One row per room type and night. sell_limit = floor(total_inventory * (100 + percent) / 100) is stored so
-- the hold path reads one table. The hold transaction (rows locked in date order) is the mechanism that keeps
-- total_reserved <= sell_limit; the CHECK below is the safety net. A forced capacity reduction may leave a
-- night above its new limit: it records the reserved count at that moment in overbooked_floor, which only
-- ever goes down afterwards (releases lower it), so nothing can be sold on that night until it is back
-- under the limit, and the CHECK still refuses any increase past max(sell_limit, overbooked_floor).
CREATE TABLE room_type_inventory (
    hotel_id         bigint  NOT NULL,
    room_type_id     bigint  NOT NULL,
    date             date    NOT NULL,
    total_inventory  integer NOT NULL CHECK (total_inventory >= 0),
    out_of_service   integer NOT NULL DEFAULT 0 CHECK (out_of_service >= 0),
    sell_limit       integer NOT NULL CHECK (sell_limit >= total_inventory),
    total_reserved   integer NOT NULL DEFAULT 0 CHECK (total_reserved >= 0),
    overbooked_floor integer NOT NULL DEFAULT 0 CHECK (overbooked_floor >= 0),
    PRIMARY KEY (hotel_id, room_type_id, date),
    FOREIGN KEY (hotel_id, room_type_id) REFERENCES room_type (hotel_id, room_type_id),
    CONSTRAINT reserved_within_sell_limit CHECK (total_reserved <= GREATEST(sell_limit, overbooked_floor))
);

-- Nights sold past their limit by a forced reduction are few: a partial index lists them cheaply.
CREATE INDEX room_type_inventory_overbooked ON room_type_inventory (hotel_id, date, room_type_id)
    WHERE total_reserved > sell_limit;

-- The ledger of what each reservation took, keyed by its idempotency key. A RELEASED row with no stay
-- (hotel_id NULL) remembers a release of an id that never held, so a late HoldRooms cannot take rooms.
CREATE TABLE inventory_hold (
    reservation_id uuid        PRIMARY KEY,
    hotel_id       bigint,
    room_type_id   bigint,
    start_date     date,
    end_date       date,
    rooms          integer,
    state          text        NOT NULL CHECK (state IN ('HELD', 'CONFIRMED', 'RELEASED', 'EXPIRED')),
    expire_time    timestamptz,
    create_time    timestamptz NOT NULL,
    update_time    timestamptz NOT NULL,
    CHECK (hotel_id IS NOT NULL OR state = 'RELEASED'),
    CHECK (hotel_id IS NULL OR (room_type_id IS NOT NULL AND start_date < end_date AND rooms > 0)),
    CHECK (state <> 'HELD' OR expire_time IS NOT NULL)
);

CREATE INDEX inventory_hold_due ON inventory_hold (expire_time) WHERE state = 'HELD';
CREATE INDEX inventory_hold_by_hotel ON inventory_hold (hotel_id, start_date, reservation_id) WHERE hotel_id IS NOT NULL;
