-- A change staff forced is delivered forced; every other change is delivered unforced, so a reduction nobody forced
-- can never leave inventory overbooked. Rows queued before this column existed were delivered forced: they keep that.
ALTER TABLE capacity_outbox ADD COLUMN force boolean NOT NULL DEFAULT true;
ALTER TABLE capacity_outbox ALTER COLUMN force SET DEFAULT false;

-- Room types whose inventory must be re-sent as the catalog has it. Requested, in its own committed transaction,
-- before an unforced reduction is applied in inventory-svc inside the catalog transaction: if that transaction then
-- rolls back, the relay restores inventory. generation changes on every request; a delivery clears only what it read.
CREATE TABLE capacity_resync (
    room_type_id bigint      PRIMARY KEY,
    hotel_id     bigint      NOT NULL,
    generation   bigint      NOT NULL,
    request_time timestamptz NOT NULL DEFAULT clock_timestamp()
);
