package io.staygrid.reservation.service;

import io.staygrid.reservation.domain.PricedStay;
import io.staygrid.reservation.domain.Stay;
import java.time.Instant;
import java.util.Optional;

/**
 * Pricing's quotes as the saga sees them. Failures are DomainExceptions: UNAVAILABLE
 * (PRICING_UNAVAILABLE) when pricing cannot be reached, or pricing's own refusal passed on.
 */
public interface Quotes {

    /** A quote: the stay it prices, its price and when its price lock ends. */
    record Quote(String quoteId, Stay stay, PricedStay price, Instant expireTime) {
    }

    /** The quote with this id, expired or not; empty if pricing does not know it. */
    Optional<Quote> find(String quoteId);

    /** A new quote for the stay (INVALID_STAY, BASE_RATE_NOT_SET, ... passed on as DomainExceptions). */
    Quote quote(Stay stay);
}
