-- Money is bigint minor units + char(3) ISO-4217 currency; dates are dates; times are timestamptz.

create table base_rate (
    hotel_id      bigint      not null,
    room_type_id  bigint      not null,
    currency      char(3)     not null,
    rate_minor    bigint      not null check (rate_minor > 0),
    update_time   timestamptz not null,
    primary key (hotel_id, room_type_id)
);

-- Overrides are immutable; a delete only stamps deleted_time so a retried create (same request_id)
-- still returns its first answer. The purge job removes deleted rows after the key retention.
create table rate_override (
    rate_override_id    uuid         primary key,
    hotel_id            bigint       not null,
    room_type_id        bigint       not null check (room_type_id >= 0),
    name                varchar(100) not null,
    start_date          date         not null,
    end_date            date         not null,
    days_of_week        smallint     not null,
    covered_nights      integer      not null check (covered_nights > 0),
    currency            char(3)      not null,
    rate_minor          bigint       not null check (rate_minor > 0),
    create_time         timestamptz  not null,
    request_id          uuid         not null unique,
    request_fingerprint text         not null,
    deleted_time        timestamptz,
    check (end_date > start_date)
);
create index rate_override_hotel_order on rate_override (hotel_id, start_date, create_time, rate_override_id)
    where deleted_time is null;
create index rate_override_deleted on rate_override (deleted_time) where deleted_time is not null;

-- Tiers as two parallel arrays (ascending min occupancy, first 0): a rule is replaced as a whole.
create table pricing_rule (
    hotel_id          bigint      primary key,
    min_occupancy_bp  integer[]   not null,
    multiplier_bp     integer[]   not null,
    update_time       timestamptz not null,
    check (cardinality(min_occupancy_bp) = cardinality(multiplier_bp) and cardinality(min_occupancy_bp) between 1 and 20)
);

create table quote (
    quote_id      uuid        primary key,
    hotel_id      bigint      not null,
    room_type_id  bigint      not null,
    start_date    date        not null,
    end_date      date        not null,
    rooms         integer     not null check (rooms between 1 and 100),
    currency      char(3)     not null,
    total_minor   bigint      not null,
    create_time   timestamptz not null,
    expire_time   timestamptz not null,
    check (end_date > start_date)
);
create index quote_expire on quote (expire_time);

create table quote_night (
    quote_id          uuid    not null references quote (quote_id) on delete cascade,
    night_date        date    not null,
    base_rate_minor   bigint  not null,
    rate_override_id  uuid,
    occupancy_bp      integer not null,
    multiplier_bp     integer not null,
    price_minor       bigint  not null,
    total_inventory   integer not null,
    total_reserved    integer not null,
    primary key (quote_id, night_date)
);
