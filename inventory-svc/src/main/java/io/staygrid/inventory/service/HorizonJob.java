package io.staygrid.inventory.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.staygrid.inventory.repository.HotelRepository;
import io.staygrid.inventory.repository.InventoryRepository;
import io.staygrid.inventory.service.InventoryProbe.Point;
import io.staygrid.support.persistence.DatabaseErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps rows for today .. today + 729 (each hotel's time zone) for every room type. One short transaction per
 * hotel (with the lock timeout), so a booking never waits behind the whole run; a hotel whose rows are busy is
 * skipped and caught up by the next run (the insert starts from each room type's last row). Past rows stay.
 */
@ApplicationScoped
public class HorizonJob {

    private static final Logger LOG = Logger.getLogger(HorizonJob.class);
    private static final int PAGE = 500;

    private final HotelRepository hotels;
    private final InventoryRepository inventory;
    private final Clock clock;
    private final InventoryProbe probe;

    public HorizonJob(HotelRepository hotels, InventoryRepository inventory, Clock clock, InventoryProbe probe) {
        this.hotels = hotels;
        this.inventory = inventory;
        this.clock = clock;
        this.probe = probe;
    }

    void onStart(@Observes StartupEvent event) {
        run();
    }

    @Scheduled(identity = "inventory-horizon", every = "${staygrid.inventory.horizon.every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            extendTo(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf(e, "horizon extension failed; the next run catches up");
        }
    }

    /** Adds the missing rows for the horizon as of {@code now}, hotel by hotel; returns how many. Tests call it directly. */
    public int extendTo(Instant now) {
        int added = 0;
        int skipped = 0;
        long after = 0;
        for (List<Long> page = hotels.withTimeZone(after, PAGE); !page.isEmpty(); page = hotels.withTimeZone(after, PAGE)) {
            for (long hotelId : page) {
                try {
                    added += QuarkusTransaction.requiringNew().call(() -> extendHotel(hotelId, now));
                    probe.reached(Point.HORIZON_PROGRESS, hotelId);
                } catch (RuntimeException e) {
                    if (!DatabaseErrors.isBusy(e)) {
                        throw e;
                    }
                    skipped++;
                }
                after = hotelId;
            }
        }
        if (added > 0 || skipped > 0) {
            LOG.infof("horizon job added %d inventory rows; %d busy hotel(s) left for the next run", added, skipped);
        }
        return added;
    }

    private int extendHotel(long hotelId, Instant now) {
        return inventory.extendHotel(hotelId, now);
    }
}
