package io.staygrid.pricing.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.staygrid.pricing.client.InventoryClient;
import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.pricing.repository.BaseRateRepository;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.money.Amount;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Default nightly rates per room type; the first one of a hotel fixes its currency. */
@ApplicationScoped
public class BaseRateService {

    private final BaseRateRepository baseRates;
    private final InventoryClient inventory;
    private final RateSnapshots snapshots;
    private final Clock clock;

    public BaseRateService(BaseRateRepository baseRates, InventoryClient inventory, RateSnapshots snapshots,
                           Clock clock) {
        this.baseRates = baseRates;
        this.snapshots = snapshots;
        this.inventory = inventory;
        this.clock = clock;
    }

    public BaseRate get(long hotelId, long roomTypeId) {
        return baseRates.findRate(hotelId, roomTypeId).orElseThrow(() -> notFound(hotelId, roomTypeId));
    }

    /** Up to {@code limit} base rates after {@code afterRoomTypeId}, by room type ascending. */
    public List<BaseRate> list(long hotelId, long afterRoomTypeId, int limit) {
        return baseRates.page(hotelId, afterRoomTypeId, limit);
    }

    /** Sets (absolutely) the room type's rate once inventory-svc confirms the room type exists. */
    public BaseRate set(long hotelId, long roomTypeId, Amount rate) {
        inventory.requireRoomType(hotelId, roomTypeId);
        BaseRate stored = new BaseRate(hotelId, roomTypeId, rate, clock.instant().truncatedTo(ChronoUnit.MICROS));
        BaseRate set = QuarkusTransaction.requiringNew().call(() -> {
            baseRates.lockHotel(hotelId);
            Currencies.requireHotelCurrency(baseRates, hotelId, rate, "nightly_rate");
            return baseRates.upsert(stored);
        });
        snapshots.forget(hotelId);
        return set;
    }

    /** Removes the rate; empty only when allowMissing and there was none. */
    public Optional<BaseRate> delete(long hotelId, long roomTypeId, boolean allowMissing) {
        Optional<BaseRate> deleted = QuarkusTransaction.requiringNew().call(() -> baseRates.deleteRate(hotelId, roomTypeId));
        snapshots.forget(hotelId);
        if (deleted.isEmpty() && !allowMissing) {
            throw notFound(hotelId, roomTypeId);
        }
        return deleted;
    }

    private static DomainException notFound(long hotelId, long roomTypeId) {
        return DomainException.notFound("BASE_RATE_NOT_FOUND",
                        "room type " + roomTypeId + " of hotel " + hotelId + " has no base rate")
                .with("hotel_id", Long.toString(hotelId))
                .with("room_type_id", Long.toString(roomTypeId));
    }
}
