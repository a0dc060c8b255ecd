package io.staygrid.benchmarks;

import io.staygrid.inventory.domain.Stay;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** One benchmark client (one thread): takes a stay's rooms as one hold, or throws. */
interface HoldClient extends AutoCloseable {

    void hold(UUID reservationId, Stay stay) throws Exception;

    @Override
    default void close() throws Exception {
    }

    /** A random canonical UUID without SecureRandom's lock (64 threads would queue on it). */
    static UUID randomId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID((r.nextLong() & ~0xF000L) | 0x4000L, (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }
}
