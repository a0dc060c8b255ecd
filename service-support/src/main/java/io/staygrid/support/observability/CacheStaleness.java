package io.staygrid.support.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * How old a cache's answers are ({@code staygrid.cache.staleness}, tag {@code cache}): the cache keeps each value
 * {@link Stamped} with the moment it was read from its source, and every answer served through it records that
 * entry's age, a miss about zero. The buckets ({@link MeterSettings}) and {@code _max} show how stale answers get
 * against the cache's expiry; hits and misses are Quarkus' own {@code cache.gets}.
 */
public final class CacheStaleness {

    public static final String NAME = "staygrid.cache.staleness";

    private final Timer age;

    public CacheStaleness(MeterRegistry registry, String cache) {
        this.age = Timer.builder(NAME)
                .description("Age of a cache entry when it is served, from when it was read from its source")
                .tag("cache", cache)
                .register(registry);
    }

    /** The value of an entry being served, its age recorded. */
    public <T> T served(Stamped<T> entry) {
        age.record(System.nanoTime() - entry.readAtNanos(), TimeUnit.NANOSECONDS);
        return entry.value();
    }

    /** A cached value and when it was read from its source ({@link System#nanoTime()}). */
    public record Stamped<T>(T value, long readAtNanos) {

        /** A value just read. */
        public static <T> Stamped<T> now(T value) {
            return new Stamped<>(value, System.nanoTime());
        }
    }
}
