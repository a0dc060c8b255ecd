package io.staygrid.benchmarks.mesh;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One client thread of a scenario. Requests are recorded by name: {@code availability}; {@code quote} and
 * {@code book}, and {@code booking} for the two together (the unit of a booking scenario, ending with the
 * book's answer or the quote's refusal); {@code attempt} is a flash-sale booking attempt (quote + book);
 * {@code normal} is one iteration of the normal traffic, a read or a booking.
 */
final class GuestClient implements LoadRunner.Client {

    /** What the thread does. */
    enum Mix { READS, BOOKINGS, STORM, NORMAL }

    private final Transport transport;
    private final boolean ownsTransport;
    private final Mix mix;
    private final Chain chain;
    private final List<TokenSigner.Guest> guests;
    private final Chain.Stay stormStay;
    private final double readShare;
    private final Map<String, Transport.Quote> stormQuotes;

    /**
     * @param stormQuotes for a storm, each guest's quote once made (its later attempts book with fresh reservation
     *                    ids against it), shared by the storm's threads; null to quote before every attempt
     */
    GuestClient(Transport transport, boolean ownsTransport, Mix mix, Chain chain, List<TokenSigner.Guest> guests,
            Chain.Stay stormStay, double readShare, Map<String, Transport.Quote> stormQuotes) {
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.mix = mix;
        this.chain = chain;
        this.guests = guests;
        this.stormStay = stormStay;
        this.readShare = readShare;
        this.stormQuotes = stormQuotes;
    }

    @Override
    public void iterate(Recorder recorder, long n) {
        switch (mix) {
            case READS -> read(recorder);
            case BOOKINGS -> book(recorder, "booking", chain.randomStay(), randomGuest());
            case STORM -> book(recorder, "attempt", stormStay, guests.get((int) (n % guests.size())));
            case NORMAL -> {
                long t0 = System.nanoTime();
                Outcome outcome = ThreadLocalRandom.current().nextDouble() < readShare ? read(recorder)
                        : book(recorder, "booking", chain.randomStay(), randomGuest());
                recorder.record("normal", t0, System.nanoTime(), outcome);
            }
        }
    }

    private Outcome read(Recorder recorder) {
        Chain.Stay stay = chain.randomStay();
        long t0 = System.nanoTime();
        Outcome outcome = transport.availability(stay);
        recorder.record("availability", t0, System.nanoTime(), outcome);
        return outcome;
    }

    private Outcome book(Recorder recorder, String unit, Chain.Stay stay, TokenSigner.Guest guest) {
        long t0 = System.nanoTime();
        Transport.Quote quote = mix == Mix.STORM && stormQuotes != null ? quoteOnce(recorder, stay, guest) : quote(recorder, stay);
        long t1 = System.nanoTime();
        if (quote.outcome().kind() != Outcome.Kind.OK) {
            recorder.record(unit, t0, t1, quote.outcome());
            return quote.outcome();
        }
        Outcome booked = transport.book(guest, stay, quote);
        long t2 = System.nanoTime();
        recorder.record("book", t1, t2, booked);
        recorder.record(unit, t0, t2, booked);
        return booked;
    }

    private Transport.Quote quote(Recorder recorder, Chain.Stay stay) {
        long t0 = System.nanoTime();
        Transport.Quote quote = transport.quote(stay);
        recorder.record("quote", t0, System.nanoTime(), quote.outcome());
        return quote;
    }

    /** The guest's quote (made now if this is its first attempt) under a fresh reservation id. */
    private Transport.Quote quoteOnce(Recorder recorder, Chain.Stay stay, TokenSigner.Guest guest) {
        Transport.Quote first = stormQuotes.get(guest.id());
        if (first == null) {
            first = quote(recorder, stay);
            if (first.outcome().kind() != Outcome.Kind.OK) {
                return first;
            }
            stormQuotes.putIfAbsent(guest.id(), first);
        }
        return new Transport.Quote(first.outcome(), UUID.randomUUID().toString(), first.quoteId());
    }

    private TokenSigner.Guest randomGuest() {
        return guests.get(ThreadLocalRandom.current().nextInt(guests.size()));
    }

    @Override
    public void close() {
        if (ownsTransport) {
            transport.close();
        }
    }
}
