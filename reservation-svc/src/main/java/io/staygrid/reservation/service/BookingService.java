package io.staygrid.reservation.service;

import io.staygrid.reservation.config.ReservationConfig;
import io.staygrid.reservation.domain.BookingRequest;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.Stay;
import io.staygrid.support.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Booking: a new reservation_id runs the saga; a known one with the same body is replayed at once with the
 * reservation as it is now (possibly still PENDING while the first call's saga runs: clients poll
 * GetReservation), a known one with another body is a conflict.
 */
@ApplicationScoped
public class BookingService {

    /** The answer to CreateReservation. */
    public record Created(Reservation reservation, boolean replayed) {
    }

    /** The answer to PrepareReservation: the id to book with and the quote. */
    public record Prepared(String reservationId, Quotes.Quote quote) {
    }

    private final BookingSaga saga;
    private final SagaStore store;
    private final Quotes quotes;

    public BookingService(BookingSaga saga, SagaStore store, Quotes quotes, ReservationConfig config) {
        this.saga = saga;
        this.store = store;
        this.quotes = quotes;
    }

    public Created create(BookingRequest request) {
        var existing = store.find(request.reservationId());
        if (existing.isPresent()) {
            return replay(existing.get(), request);
        }
        BookingSaga.Outcome outcome = saga.book(request);
        return outcome.recordedHere() ? new Created(outcome.reservation(), false) : replay(outcome.reservation(), request);
    }

    public Prepared prepare(Stay stay, String clientReservationId) {
        Quotes.Quote quote = quotes.quote(stay);
        String id = clientReservationId.isEmpty() ? UUID.randomUUID().toString() : clientReservationId;
        return new Prepared(id, quote);
    }

    private Created replay(Reservation first, BookingRequest request) {
        if (!first.fingerprint().equals(request.fingerprint())) {
            throw DomainException.alreadyExists("RESERVATION_ID_CONFLICT",
                    "reservation_id was already used with a different body").with("reservation_id", first.id());
        }
        return new Created(store.find(first.id()).orElse(first), true);
    }
}
