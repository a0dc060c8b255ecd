-- The payment fence: a lookup that finds no charge voids the reservation id at the gateway, so a charge
-- still in flight from a run that lost its lease is refused instead of landing after the booking ended.
-- The sandbox processor keeps its voids beside its charges; both writers take the same per-id lock.
CREATE TABLE sandbox_gateway_void (
    reservation_id uuid PRIMARY KEY,
    void_time      timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- A quote books at most one reservation: bound to the first one that uses it. A REJECTED reservation
-- (sold out, declined card, ...) frees it, so the guest can try again with a new reservation id.
CREATE UNIQUE INDEX reservation_quote_uq ON reservation (quote_id) WHERE status <> 'REJECTED';
