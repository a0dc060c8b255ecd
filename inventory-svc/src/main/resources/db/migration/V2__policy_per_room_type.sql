-- Policy changes run one room type per transaction. Each room type records the overbooking percent its nights'
-- sell limits are computed with, so a change moves room types one at a time and each stays consistent alone.
ALTER TABLE room_type ADD COLUMN applied_percent integer;
UPDATE room_type rt SET applied_percent = COALESCE(h.overbooking_percent, 10) FROM hotel h WHERE h.hotel_id = rt.hotel_id;
ALTER TABLE room_type ALTER COLUMN applied_percent SET NOT NULL,
    ADD CONSTRAINT room_type_applied_percent_range CHECK (applied_percent BETWEEN 0 AND 100);

-- A policy change in flight moves the room types from overbooking_percent to pending_percent. pending_token names
-- the run that owns it until pending_until; after that the repair job owns it and moves every room type to the
-- higher of the two percents (an increase is finished, a decrease undone: it only ever raises limits).
ALTER TABLE hotel ADD COLUMN pending_percent integer CHECK (pending_percent BETWEEN 0 AND 100),
    ADD COLUMN pending_token uuid,
    ADD COLUMN pending_until timestamptz,
    ADD CONSTRAINT hotel_pending_all_or_none
        CHECK ((pending_percent IS NULL) = (pending_token IS NULL) AND (pending_token IS NULL) = (pending_until IS NULL));
CREATE INDEX hotel_policy_pending ON hotel (pending_until) WHERE pending_token IS NOT NULL;
