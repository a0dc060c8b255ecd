package io.staygrid.hotel.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.staygrid.hotel.client.InventoryClient;
import io.staygrid.hotel.config.HotelConfig;
import io.staygrid.hotel.domain.OutOfServiceCounts;
import io.staygrid.hotel.domain.OutOfServiceCounts.Segment;
import io.staygrid.hotel.domain.OutageRules;
import io.staygrid.hotel.repository.CapacityOutboxRepository;
import io.staygrid.hotel.repository.CapacityOutboxRepository.Change;
import io.staygrid.hotel.repository.CapacityOutboxRepository.SyncTarget;
import io.staygrid.hotel.repository.OutageRepository;
import io.staygrid.hotel.repository.RoomRepository;
import io.staygrid.hotel.repository.RoomTypeRepository;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Delivers the capacity outbox to inventory-svc. Per room type: lock its sync row (SKIP LOCKED, so several
 * instances share the work and never deliver one room type twice at once), read the catalog, push the
 * absolute rooms in service and the out-of-service counts of the changed dates (forced), then drop the
 * delivered outbox rows (exactly those read: a row committed later stays for the next delivery). A transient
 * failure leaves them pending and backs the room type off exponentially; a permanent refusal parks them.
 */
@ApplicationScoped
public class CapacityRelay {

    private static final Logger LOG = Logger.getLogger(CapacityRelay.class);
    /** Refusals worth retrying as they are; any other kind is permanent for these values and parks the rows. */
    private static final Set<ErrorKind> RETRYABLE = EnumSet.of(ErrorKind.UNAVAILABLE, ErrorKind.DEADLINE_EXCEEDED,
            ErrorKind.ABORTED);

    private final CapacityOutboxRepository outbox;
    private final RoomTypeRepository roomTypes;
    private final RoomRepository rooms;
    private final OutageRepository outages;
    private final InventoryClient inventory;
    private final HotelConfig.CapacityRelay config;
    private final Clock clock;

    public CapacityRelay(CapacityOutboxRepository outbox, RoomTypeRepository roomTypes, RoomRepository rooms,
            OutageRepository outages, InventoryClient inventory, HotelConfig config, Clock clock) {
        this.outbox = outbox;
        this.roomTypes = roomTypes;
        this.rooms = rooms;
        this.outages = outages;
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
        boolean exists = roomTypes.findAnyHotel(target.roomTypeId()).isPresent();
        Instant now = clock.instant();
        try {
            int inService = exists ? (int) rooms.countInService(target.roomTypeId()) : 0;
            inventory.setRooms(target.hotelId(), target.roomTypeId(), target.hotelTimeZone(), inService);
            if (exists) {
                pushOutOfService(target, changes);
            }
            outbox.markDelivered(target.roomTypeId(), changes, now);
            if (!exists) {
                outbox.forgetIfIdle(target.roomTypeId());
            }
            return true;
        } catch (DomainException e) {
            String error = e.kind() + " (" + e.reason() + ")";
            if (!RETRYABLE.contains(e.kind())) {
                LOG.warnf("capacity of room type %d refused by inventory (%s): %s; parked until its next change",
                        target.roomTypeId(), error, e.getMessage());
                outbox.markParked(target.roomTypeId(), changes, error + "; parked until the next change", now);
                return false;
            }
            LOG.infof("capacity of room type %d not delivered (%s): %s", target.roomTypeId(), error, e.getMessage());
            outbox.markFailed(target.roomTypeId(), error, now.plus(backoff(target.attempts() + 1)));
            return false;
        } catch (RuntimeException e) {
            LOG.warnf(e, "capacity of room type %d not delivered", target.roomTypeId());
            outbox.markFailed(target.roomTypeId(), "INTERNAL", now.plus(backoff(target.attempts() + 1)));
            return false;
        }
    }

    private void pushOutOfService(SyncTarget target, List<Change> changes) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(target.hotelTimeZone())));
        LocalDate horizonEnd = today.plusDays(OutageRules.HORIZON_DAYS);
        LocalDate from = null;
        LocalDate to = null;
        for (Change c : changes) {
            if (c.startDate() != null) {
                from = from == null || c.startDate().isBefore(from) ? c.startDate() : from;
                to = to == null || c.endDate().isAfter(to) ? c.endDate() : to;
            }
        }
        if (from == null) {
            return;
        }
        from = from.isBefore(today) ? today : from;
        to = to.isAfter(horizonEnd) ? horizonEnd : to;
        if (!from.isBefore(to)) {
            return;
        }
        for (Segment s : OutOfServiceCounts.segments(outages.ofInServiceRooms(target.roomTypeId(), from, to), from, to)) {
            inventory.setOutOfService(target.hotelId(), target.roomTypeId(), s.start(), s.end(), s.rooms());
        }
    }

    Duration backoff(int attempts) {
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = config.initialBackoff().multipliedBy(factor);
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }
}
