package io.staygrid.inventory.service;

import io.staygrid.inventory.config.InventoryConfig;
import io.staygrid.inventory.domain.Hold;
import io.staygrid.inventory.domain.HoldState;
import io.staygrid.inventory.repository.HoldRepository;
import io.staygrid.inventory.repository.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Gives back the rooms of one HELD hold past its deadline, in its own short transaction. */
@ApplicationScoped
public class HoldExpiry {

    private final HoldRepository holds;
    private final RoomLedger ledger;
    private final Sql sql;
    private final InventoryConfig config;

    public HoldExpiry(HoldRepository holds, RoomLedger ledger, Sql sql, InventoryConfig config) {
        this.holds = holds;
        this.ledger = ledger;
        this.sql = sql;
        this.config = config;
    }

    /**
     * Expires the hold if it is still due; false if it is not, or another sweeper (or a ConfirmHold) has it locked.
     * Its nights wait at most the lock timeout: INVENTORY_BUSY rolls back this hold only.
     */
    @Transactional
    public boolean expire(UUID id, Instant now) {
        sql.setLockTimeout(config.lockTimeout().toMillis());
        Hold hold = holds.lockIfDue(id, now).orElse(null);
        if (hold == null) {
            return false;
        }
        ledger.giveBack(hold.stay(), now);
        holds.setState(hold, HoldState.EXPIRED, hold.expireTime(), now);
        return true;
    }
}
