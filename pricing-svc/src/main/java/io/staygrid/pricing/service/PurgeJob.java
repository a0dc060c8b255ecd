package io.staygrid.pricing.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.staygrid.pricing.config.PricingConfig;
import io.staygrid.pricing.repository.QuoteRepository;
import io.staygrid.pricing.repository.RateOverrideRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Removes quotes long past their expiry and deleted overrides past the request-id retention. Plain
 * idempotent deletes, so several instances may run it at once.
 */
@ApplicationScoped
public class PurgeJob {

    private static final Logger LOG = Logger.getLogger(PurgeJob.class);

    private final QuoteRepository quotes;
    private final RateOverrideRepository overrides;
    private final PricingConfig config;
    private final Clock clock;

    public PurgeJob(QuoteRepository quotes, RateOverrideRepository overrides, PricingConfig config, Clock clock) {
        this.quotes = quotes;
        this.overrides = overrides;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${staygrid.pricing.purge-every}", identity = "pricing-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Runs one purge; returns the number of quotes and overrides removed. */
    public int purge() {
        Instant now = clock.instant();
        int removed = QuarkusTransaction.requiringNew().call(() ->
                quotes.purgeExpiredBefore(now.minus(config.quoteRetention()))
                        + overrides.purgeDeletedBefore(now.minus(config.deletedOverrideRetention())));
        if (removed > 0) {
            LOG.infof("purged %d expired quotes and deleted rate overrides", removed);
        }
        return removed;
    }
}
