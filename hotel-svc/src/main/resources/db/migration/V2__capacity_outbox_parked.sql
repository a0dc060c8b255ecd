-- A change inventory-svc refused permanently (INVALID_ARGUMENT, NOT_FOUND, ...): it stays in the outbox (the room
-- type shows PENDING with last_sync_error) but no longer makes the room type due; the next change retries it too.
ALTER TABLE capacity_outbox ADD COLUMN parked boolean NOT NULL DEFAULT false;
