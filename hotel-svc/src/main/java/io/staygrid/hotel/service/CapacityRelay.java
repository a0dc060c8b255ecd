package io.staygrid.hotel.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.staygrid.hotel.client.InventoryClient;
import io.staygrid.hotel.config.HotelConfig;
import io.staygrid.hotel.domain.DateRange;
import io.staygrid.hotel.repository.CapacityOutboxRepository;
import io.staygrid.hotel.repository.CapacityOutboxRepository.Change;
import io.staygrid.hotel.repository.CapacityOutboxRepository.SyncTarget;
import io.staygrid.hotel.repository.RoomTypeRepository;
import io.staygrid.hotel.service.CapacitySnapshots.Snapshot;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Delivers the capacity outbox to inventory-svc. Per room type: lock its sync row (SKIP LOCKED, so several
 * instances share the work and never deliver one room type twice at once), read the catalog, send the absolute
 * rooms in service with the out-of-service counts of the changed dates in one call (forced only if staff forced
 * a pending change), then drop the delivered outbox rows (exactly those read: a row committed later stays for the
 * next delivery). Transient, sold-out and date refusals back the room type off and retry; others park the rows.
 */
@ApplicationScoped
public class CapacityRelay {

    private static final Logger LOG = Logger.getLogger(CapacityRelay.class);
    /** Refusals worth retrying as they are. */
    private static final Set<ErrorKind> RETRYABLE = EnumSet.of(ErrorKind.UNAVAILABLE, ErrorKind.DEADLINE_EXCEEDED,
            ErrorKind.ABORTED);
    /** Date refusals come from a "today" that differs around a midnight: they pass once both sides agree again. */
    private static final Set<String> DATE_REASONS = Set.of("INVALID_DATE_RANGE", "INVALID_STAY");

    private final CapacityOutboxRepository outbox;
    private final RoomTypeRepository roomTypes;
    private final CapacitySnapshots snapshots;
    private final InventoryClient inventory;
    private final HotelConfig.CapacityRelay config;
    private final Clock clock;

    public CapacityRelay(CapacityOutboxRepository outbox, RoomTypeRepository roomTypes, CapacitySnapshots snapshots,
            InventoryClient inventory, HotelConfig config, Clock clock) {
        this.outbox = outbox;
        this.roomTypes = roomTypes;
        this.snapshots = snapshots;
        this.inventory = inventory;
        this.config = config.capacityRelay();
        this.clock = clock;
    }

    /** Delivers every room type whose retry time has come, up to the batch size; returns how many succeeded. */
    public int deliverDue() {
        int delivered = 0;
        for (int i = 0; i < config.batchSize(); i++) {
            Optional<Boolean> outcome = QuarkusTransaction.requiringNew().call(() -> outbox.lockNextDue().map(this::deliver));
            if (outcome.isEmpty()) {
                break;
            }
            delivered += outcome.get() ? 1 : 0;
        }
        return delivered;
    }

    /** Delivers one room type now, ignoring its back-off; false if it failed, had nothing pending or was busy. */
    public boolean deliverNow(long roomTypeId) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.lockNow(roomTypeId).map(this::deliver).orElse(false));
    }

    private boolean deliver(SyncTarget target) {
        List<Change> changes = outbox.pending(target.roomTypeId());
        Optional<Long> resync = outbox.resyncGeneration(target.roomTypeId());
        boolean exists = roomTypes.findAnyHotel(target.roomTypeId()).isPresent();
        boolean force = changes.stream().anyMatch(Change::force);
        Instant now = clock.instant();
        try {
            List<DateRange> dates = changes.stream().flatMap(c -> c.dates().stream()).toList();
            Snapshot snapshot = snapshots.of(target.roomTypeId(), exists, target.hotelTimeZone(), dates);
            LocalDate horizonEnd = inventory.setCapacity(target.hotelId(), target.roomTypeId(), target.hotelTimeZone(),
                    snapshot.rooms(), snapshot.segments(), force);
            if (snapshot.to() != null && snapshot.to().isAfter(horizonEnd)) {
                // Inventory's today is still behind ours: its last dates have no rows yet. Send them again later.
                retry(target, "inventory's horizon ends " + horizonEnd + ", before " + snapshot.to(), now);
                return false;
            }
            outbox.markDelivered(target.roomTypeId(), changes, resync, now);
            if (!exists) {
                outbox.forgetIfIdle(target.roomTypeId());
            }
            return true;
        } catch (DomainException e) {
            String error = e.kind() + " (" + e.reason() + ")";
            if (!retryable(e, force)) {
                LOG.warnf("capacity of room type %d refused by inventory (%s): %s; parked until its next change",
                        target.roomTypeId(), error, e.getMessage());
                outbox.markParked(target.roomTypeId(), changes, resync, error + "; parked until the next change", now);
                return false;
            }
            LOG.infof("capacity of room type %d not delivered (%s): %s", target.roomTypeId(), error, e.getMessage());
            retry(target, error, now);
            return false;
        } catch (RuntimeException e) {
            LOG.warnf(e, "capacity of room type %d not delivered", target.roomTypeId());
            retry(target, "INTERNAL", now);
            return false;
        }
    }

    /** An unforced delivery refused as sold out waits for rooms to free up (or for staff to force a change). */
    private static boolean retryable(DomainException e, boolean force) {
        return RETRYABLE.contains(e.kind()) || DATE_REASONS.contains(e.reason())
                || (!force && InventoryClient.CAPACITY_BELOW_RESERVED.equals(e.reason()));
    }

    private void retry(SyncTarget target, String error, Instant now) {
        outbox.markFailed(target.roomTypeId(), error, now.plus(backoff(target.attempts() + 1)));
    }

    Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = config.initialBackoff().multipliedBy(factor);
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }
}
