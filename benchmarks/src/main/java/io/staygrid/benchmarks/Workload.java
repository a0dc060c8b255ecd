package io.staygrid.benchmarks;

import io.staygrid.inventory.domain.Stay;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

/** Which stays the clients take: all the same three nights of one room type, or spread over many hotels. */
enum Workload {
    HOT {
        @Override
        Stay next() {
            LocalDate start = today().plusDays(10);
            return new Stay(BenchDatabase.HOT_HOTEL, BenchDatabase.HOT_ROOM_TYPE, start, start.plusDays(3), 1);
        }
    },
    SPREAD {
        @Override
        Stay next() {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            long hotel = BenchDatabase.FIRST_SPREAD_HOTEL + r.nextInt(BenchDatabase.SPREAD_HOTELS);
            LocalDate start = today().plusDays(1 + r.nextInt(80));
            return new Stay(hotel, hotel * 10 + 1 + r.nextInt(BenchDatabase.SPREAD_ROOM_TYPES), start, start.plusDays(3), 1);
        }
    };

    abstract Stay next();

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
