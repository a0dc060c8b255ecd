package io.staygrid.reservation.service.fakes;

import io.staygrid.reservation.domain.PricedStay;
import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.service.Quotes;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import io.staygrid.support.money.Amount;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Pricing with quotes the test issues, a re-quote price, and an outage switch. */
public class FakeQuotes implements Quotes {

    public final Map<String, Quote> quotes = new HashMap<>();
    public long requoteNightlyMinor = 10000;
    public boolean down;
    public int requotes;

    public String issue(Stay stay, long nightlyMinor, Instant expireTime) {
        String id = UUID.randomUUID().toString();
        quotes.put(id, new Quote(id, stay, price(stay, nightlyMinor), expireTime));
        return id;
    }

    @Override
    public Optional<Quote> find(String quoteId) {
        failIfDown();
        return Optional.ofNullable(quotes.get(quoteId));
    }

    @Override
    public Quote quote(Stay stay) {
        failIfDown();
        requotes++;
        String id = UUID.randomUUID().toString();
        return new Quote(id, stay, price(stay, requoteNightlyMinor), Instant.now().plusSeconds(900));
    }

    public static PricedStay price(Stay stay, long nightlyMinor) {
        return new PricedStay(java.util.Currency.getInstance("EUR"), Collections.nCopies(stay.nights(), nightlyMinor),
                Amount.ofMinor("EUR", nightlyMinor * stay.nights() * stay.rooms()));
    }

    private void failIfDown() {
        if (down) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PRICING_UNAVAILABLE", "pricing is down");
        }
    }
}
