package io.staygrid.inventory.service;

import io.staygrid.inventory.config.InventoryConfig;
import io.staygrid.inventory.domain.Hold;
import io.staygrid.inventory.domain.HoldState;
import io.staygrid.inventory.repository.HoldRepository;
import io.staygrid.inventory.repository.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Gives back the rooms of HELD holds past their deadline, one batch per transaction. */
@ApplicationScoped
public class HoldExpiry {

    /** Sorted by (hotel, room type, first night), each hold's nights are locked after all earlier ones. */
    private static final Comparator<Hold> LOCK_ORDER = Comparator.<Hold>comparingLong(h -> h.stay().hotelId())
            .thenComparingLong(h -> h.stay().roomTypeId())
            .thenComparing(h -> h.stay().startDate());

    private final HoldRepository holds;
    private final RoomLedger ledger;
    private final Sql sql;
    private final InventoryConfig config;
    private final InventoryProbe probe;

    public HoldExpiry(HoldRepository holds, RoomLedger ledger, Sql sql, InventoryConfig config, InventoryProbe probe) {
        this.holds = holds;
        this.ledger = ledger;
        this.sql = sql;
        this.config = config;
        this.probe = probe;
    }

    /**
     * Expires up to {@code limit} due holds; holds another instance (or a ConfirmHold) has locked are
     * skipped, so several sweepers never wait for each other. Returns how many it expired.
     */
    @Transactional
    public int expireBatch(Instant now, int limit) {
        sql.setLockTimeout(config.lockTimeout().toMillis());
        List<Hold> due = holds.lockDue(now, limit).stream().sorted(LOCK_ORDER).toList();
        for (Hold hold : due) {
            ledger.giveBack(hold.stay(), now);
            holds.setState(hold, HoldState.EXPIRED, hold.expireTime(), now);
            probe.reached(InventoryProbe.Point.SWEEPER_PROGRESS, hold.stay().hotelId());
        }
        return due.size();
    }
}
