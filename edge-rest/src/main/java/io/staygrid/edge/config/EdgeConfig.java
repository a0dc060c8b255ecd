package io.staygrid.edge.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Typed configuration of edge-rest (prefix {@code staygrid.edge}). */
@ConfigMapping(prefix = "staygrid.edge")
public interface EdgeConfig {

    /** Deadlines of the calls to the backend services. */
    Deadlines deadlines();

    /** Per-client rate limiting of the REST API. */
    RateLimit rateLimit();

    /** Development sign-in through ./run-local's token minter; unset in production. */
    DevTokens devTokens();

    /** Request limits answered as problems (error/RequestLimits); the body limit is quarkus.http.limits.max-body-size. */
    Limits limits();

    interface Limits {
        /** The longest request URI (path and query), in characters: longer is 414 URI_TOO_LONG. */
        @WithDefault("4096")
        int maxUriLength();

        /** The most header bytes ("name: value" lines together): more is 431 HEADERS_TOO_LARGE. */
        @WithDefault("16K")
        MemorySize maxHeaderSize();
    }

    interface Deadlines {
        /** Deadline of a read call (Get/List/availability) to a backend service. */
        @WithDefault("2s")
        Duration read();

        /** Deadline of a write call (catalog, rates, policies, cancel) to a backend service. */
        @WithDefault("5s")
        Duration write();

        /** Deadline of CreateReservation, which runs the booking saga (hold, payment, confirm). */
        @WithDefault("15s")
        Duration booking();
    }

    interface RateLimit extends Limit {
        /** Whether requests are rate limited at all. */
        @WithDefault("true")
        boolean enabled();

        /** Bucket size: how many requests one client may send in a burst. */
        @WithDefault("100")
        long capacity();

        /** Tokens added back to a client's bucket every refill-period. */
        @WithDefault("50")
        long refillTokens();

        /** Period over which refill-tokens are added back (greedily, spread evenly). */
        @WithDefault("1s")
        Duration refillPeriod();

        /** Most clients tracked at once; the least recently seen are forgotten first. */
        @WithDefault("100000")
        long maxClients();

        /** A client's bucket is forgotten after this long without requests. */
        @WithDefault("10m")
        Duration idleExpiry();

        /**
         * The proxies whose X-Forwarded-For entries are believed, as IP addresses or CIDR ranges. The client is the
         * right-most entry that is not one of them (load balancers append the address they saw, so anything left of
         * that is whatever the client wrote). Defaults to quarkus.http.proxy.trusted-proxies.
         */
        List<String> trustedProxies();

        /** The tighter bucket of POST /v1/quotes (each quote writes a row per night), taken besides the general one. */
        Quotes quotes();

        /** The tighter bucket of bookings (POST /v1/reservations, staff bookings), taken besides the general one. */
        Bookings bookings();

        /**
         * Redis shared by every edge instance (redis://host:port), so a client's limit holds across instances.
         * Unset: buckets are in memory, per instance (a client gets up to N times the limit from N instances).
         */
        Optional<String> redisUrl();

        /** How long a bucket operation may wait for Redis before the request goes through unlimited (counted). */
        @WithDefault("250ms")
        Duration redisTimeout();
    }

    /** A token bucket: burst {@code capacity}, {@code refillTokens} back every {@code refillPeriod}. */
    interface Limit {
        long capacity();

        long refillTokens();

        Duration refillPeriod();
    }

    interface Quotes extends Limit {
        @Override
        @WithDefault("20")
        long capacity();

        @Override
        @WithDefault("20")
        long refillTokens();

        @Override
        @WithDefault("1m")
        Duration refillPeriod();
    }

    interface Bookings extends Limit {
        @Override
        @WithDefault("10")
        long capacity();

        @Override
        @WithDefault("10")
        long refillTokens();

        @Override
        @WithDefault("1m")
        Duration refillPeriod();
    }

    interface DevTokens {
        /**
         * Where the development sign-in page gets its tokens: the minter of {@code ./run-local}
         * (http://localhost:8079/dev/tokens), which holds the signing key. Unset (every deployment): the sign-in page
         * is the identity provider's. The edge never mints tokens and ships no private key.
         */
        Optional<String> mintUrl();
    }
}
