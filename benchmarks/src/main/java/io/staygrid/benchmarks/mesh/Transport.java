package io.staygrid.benchmarks.mesh;

/**
 * The guest's calls, one implementation per way in: REST through edge-rest, or gRPC straight to the services
 * the edge calls. Thread-safe; every method answers (failures become an {@link Outcome}, never an exception).
 */
interface Transport extends AutoCloseable {

    /** Rooms left and prices of every room type of the hotel for the stay (inventory + pricing). */
    Outcome availability(Chain.Stay stay);

    /** A price-locked quote and a fresh reservation id for the stay. */
    Quote quote(Chain.Stay stay);

    /** Books what the quote priced, paying with the sandbox's approving token: the whole saga. */
    Outcome book(TokenSigner.Guest guest, Chain.Stay stay, Quote quote);

    @Override
    default void close() {
    }

    /** A quote's answer; ids are null unless the outcome is OK. */
    record Quote(Outcome outcome, String reservationId, String quoteId) {
    }
}
