package io.staygrid.edge.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed configuration of edge-rest (prefix {@code staygrid.edge}). */
@ConfigMapping(prefix = "staygrid.edge")
public interface EdgeConfig {

    /** Deadlines of the calls to the backend services. */
    Deadlines deadlines();

    /** Per-client rate limiting of the REST API. */
    RateLimit rateLimit();

    /** Development token minting; must stay disabled in production. */
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

    interface RateLimit {
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
    }

    interface DevTokens {
        /** Serves POST /dev/tokens, which signs tokens with smallrye.jwt.sign.key.location; only %dev and %local set it. */
        @WithDefault("false")
        boolean enabled();

        /** Issuer written into development tokens; must equal mp.jwt.verify.issuer. */
        @WithDefault("https://dev.staygrid.local")
        String issuer();

        /** Audience written into development tokens; must be one of mp.jwt.verify.audiences. */
        @WithDefault("staygrid-api")
        String audience();

        /** Lifetime of a development token. */
        @WithDefault("8h")
        Duration lifetime();
    }
}
