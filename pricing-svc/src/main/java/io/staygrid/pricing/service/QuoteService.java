package io.staygrid.pricing.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.staygrid.pricing.client.InventoryClient;
import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.pricing.domain.DateRange;
import io.staygrid.pricing.domain.HotelOccupancy;
import io.staygrid.pricing.domain.NightPricer;
import io.staygrid.pricing.domain.PriceMath;
import io.staygrid.pricing.domain.PricedNight;
import io.staygrid.pricing.domain.PricingRule;
import io.staygrid.pricing.domain.RateOverride;
import io.staygrid.pricing.domain.Quote;
import io.staygrid.pricing.repository.QuoteRepository;
import io.staygrid.support.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Prices stays into persisted, price-locked quotes and reads them back. */
@ApplicationScoped
public class QuoteService {

    private final PricingInputs inputs;
    private final InventoryClient inventory;
    private final QuoteRepository quotes;
    private final Clock clock;

    public QuoteService(PricingInputs inputs, InventoryClient inventory, QuoteRepository quotes, Clock clock) {
        this.inputs = inputs;
        this.inventory = inventory;
        this.quotes = quotes;
        this.clock = clock;
    }

    /**
     * Prices every night from live occupancy and persists the quote. One inventory call (GetAvailability of
     * the room type for the stay, with the hotel's today), started before pricing's own reads; a stay starting
     * before the hotel's today is INVALID_STAY (START_IN_PAST), an unknown room type ROOM_TYPE_NOT_FOUND.
     */
    public Quote quote(long hotelId, long roomTypeId, DateRange stay, int rooms, Duration lifetime) {
        BaseRate base = inputs.requireBaseRate(hotelId, roomTypeId);
        var occupancy = inventory.startOccupancy(hotelId, roomTypeId, stay, inventory.newDeadline());
        List<RateOverride> overrides;
        PricingRule rule;
        try {
            overrides = inputs.overrides(hotelId, stay);
            rule = inputs.rule(hotelId);
        } catch (RuntimeException e) {
            occupancy.cancel();
            throw e;
        }
        HotelOccupancy answer = occupancy.await();
        HotelToday.requireNotPast(stay, answer.today());
        List<PricedNight> nights = NightPricer.price(stay, roomTypeId, base.nightlyRate(), overrides, rule,
                answer.of(roomTypeId, stay));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Quote quote = new Quote(UUID.randomUUID(), hotelId, roomTypeId, stay, rooms, nights,
                PriceMath.total(nights.stream().map(PricedNight::price).toList(), rooms), now, now.plus(lifetime));
        QuarkusTransaction.requiringNew().run(() -> quotes.insert(quote));
        return quote;
    }

    /** A quote by id, expired or not; NOT_FOUND (QUOTE_NOT_FOUND) if it was never issued or was purged. */
    public Quote get(UUID quoteId) {
        return quotes.findQuote(quoteId).orElseThrow(() -> DomainException
                .notFound("QUOTE_NOT_FOUND", "no quote " + quoteId)
                .with("quote_id", quoteId.toString()));
    }
}
