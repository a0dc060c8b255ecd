package io.staygrid.reservation.service;

import io.staygrid.reservation.domain.BookingRequest;
import io.staygrid.reservation.domain.PricedStay;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import java.time.Instant;
import java.util.Optional;

/**
 * The saga's first step: is the quote the guest accepted still the price to charge? A valid quote's total
 * is charged; an expired one is re-priced and refused (PRICE_CHANGED) if the total moved.
 */
public final class QuoteCheck {

    /** The outcome: a price to charge, or a refusal to record. */
    public sealed interface Result permits Accepted, Refused {
    }

    public record Accepted(PricedStay price) implements Result {
    }

    public record Refused(RejectionReason reason, String detail) implements Result {
    }

    private QuoteCheck() {
    }

    public static Result check(Quotes quotes, BookingRequest request, Instant now) {
        Optional<Quotes.Quote> found = quotes.find(request.quoteId());
        if (found.isEmpty()) {
            return new Refused(RejectionReason.QUOTE_NOT_FOUND, "pricing does not know quote " + request.quoteId());
        }
        Quotes.Quote quote = found.get();
        if (!quote.stay().equals(request.stay())) {
            return new Refused(RejectionReason.QUOTE_MISMATCH, "the quote was issued for " + quote.stay());
        }
        if (now.isBefore(quote.expireTime())) {
            return new Accepted(quote.price());
        }
        Quotes.Quote fresh;
        try {
            fresh = quotes.quote(request.stay());
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.UNAVAILABLE || e.kind() == ErrorKind.DEADLINE_EXCEEDED) {
                throw e;
            }
            return "INVALID_STAY".equals(e.reason())
                    ? new Refused(RejectionReason.INVALID_STAY, e.getMessage())
                    : new Refused(RejectionReason.PRICE_CHANGED, "the stay can no longer be priced: " + e.reason());
        }
        if (!fresh.price().total().equals(quote.price().total())) {
            return new Refused(RejectionReason.PRICE_CHANGED,
                    "quote expired; the price went from " + quote.price().total() + " to " + fresh.price().total());
        }
        return new Accepted(fresh.price());
    }
}
