package io.staygrid.pricing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.pricing.domain.Quote;
import io.staygrid.pricing.repository.entity.QuoteEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The quote and quote_night tables. Quotes are written once and never updated. */
@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<QuoteEntity, UUID> {

    /** Writes the quote and its nights (one batched insert for the nights); call inside a transaction. */
    public void insert(Quote quote) {
        persist(QuoteEntity.of(quote));
    }

    /** The quote with its nights, in one statement. */
    public Optional<Quote> findQuote(UUID quoteId) {
        return find("from QuoteEntity q left join fetch q.nights where q.id = ?1", quoteId)
                .singleResultOptional().map(QuoteEntity::toDomain);
    }

    /** Deletes quotes that expired before the cutoff; their nights go with them (on delete cascade). */
    public int purgeExpiredBefore(Instant cutoff) {
        return (int) delete("expireTime < ?1", cutoff);
    }
}
