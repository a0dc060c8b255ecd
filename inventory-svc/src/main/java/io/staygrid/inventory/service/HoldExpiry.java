package io.staygrid.inventory.service;

import io.staygrid.inventory.domain.Hold;
import io.staygrid.inventory.domain.HoldState;
import io.staygrid.inventory.repository.HoldRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Gives back the rooms of one HELD hold past its deadline, in its own short transaction. */
@ApplicationScoped
public class HoldExpiry {

    private final HoldRepository holds;
    private final RoomLedger ledger;

    public HoldExpiry(HoldRepository holds, RoomLedger ledger) {
        this.holds = holds;
        this.ledger = ledger;
    }

    /**
     * Expires the hold if it is still due; false if it is not, or another sweeper (or a ConfirmHold) has it locked.
     * Its nights wait at most the lock timeout: INVENTORY_BUSY rolls back this hold only.
     */
    @Transactional
    public boolean expire(UUID id, Instant now) {
        Hold hold = holds.lockIfDue(id, now).orElse(null);
        if (hold == null) {
            return false;
        }
        ledger.giveBack(hold.stay(), now);
        holds.setState(hold, HoldState.EXPIRED, hold.expireTime(), now);
        return true;
    }
}
