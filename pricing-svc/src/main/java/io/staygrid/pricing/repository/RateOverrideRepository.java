package io.staygrid.pricing.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.staygrid.pricing.domain.RateOverride;
import io.staygrid.pricing.repository.entity.RateOverrideEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The rate_override table. Deleted overrides stay (deleted_time set) until purged, for idempotent retries. */
@ApplicationScoped
public class RateOverrideRepository implements PanacheRepositoryBase<RateOverrideEntity, UUID> {

    private static final Sort LIST_ORDER = Sort.by("startDate").and("createTime").and("id");

    /** The position of a row in the list order (start_date, create_time, rate_override_id). */
    public record Cursor(LocalDate startDate, Instant createTime, UUID id) {
    }

    /** An override with the fingerprint of the create request that made it. */
    public record Created(RateOverride override, String fingerprint) {
    }

    /** Inserts unless the request id was already used; returns whether this call inserted. */
    public boolean insertIfNew(RateOverride o, UUID requestId, String fingerprint) {
        // One atomic statement: a racing insert of the same request_id must not abort this transaction.
        return getSession().createMutationQuery("""
                        insert into RateOverrideEntity (id, hotelId, roomTypeId, name, startDate, endDate, daysOfWeek,
                            coveredNights, currency, rateMinor, createTime, requestId, requestFingerprint)
                        values (:id, :hotelId, :roomTypeId, :name, :startDate, :endDate, :daysOfWeek,
                            :coveredNights, :currency, :rateMinor, :createTime, :requestId, :requestFingerprint)
                        on conflict (requestId) do nothing""")
                .setParameter("id", o.id())
                .setParameter("hotelId", o.hotelId())
                .setParameter("roomTypeId", o.roomTypeId())
                .setParameter("name", o.name())
                .setParameter("startDate", o.dates().start())
                .setParameter("endDate", o.dates().end())
                .setParameter("daysOfWeek", RateOverrideEntity.bits(o.daysOfWeek()))
                .setParameter("coveredNights", o.coveredNights())
                .setParameter("currency", o.nightlyRate().currency().getCurrencyCode())
                .setParameter("rateMinor", o.nightlyRate().minorUnits())
                .setParameter("createTime", o.createTime())
                .setParameter("requestId", requestId)
                .setParameter("requestFingerprint", fingerprint)
                .executeUpdate() == 1;
    }

    /** The override a request id created, deleted or not. */
    public Optional<Created> findByRequestId(UUID requestId) {
        return find("requestId", requestId).singleResultOptional()
                .map(row -> new Created(row.toDomain(), row.requestFingerprint));
    }

    public Optional<RateOverride> findLive(UUID id, long hotelId) {
        return find("id = ?1 and hotelId = ?2 and deletedTime is null", id, hotelId).singleResultOptional()
                .map(RateOverrideEntity::toDomain);
    }

    /**
     * Live overrides of the hotel overlapping [from, to) (either bound optional), for one room type and
     * the hotel-wide ones when {@code roomTypeId > 0}, after the cursor (a keyset page), in list order.
     */
    public List<RateOverride> page(long hotelId, long roomTypeId, LocalDate from, LocalDate to,
                                   Optional<Cursor> after, int limit) {
        return query(hotelId, roomTypeId, from, to, after).range(0, limit - 1)
                .stream().map(RateOverrideEntity::toDomain).toList();
    }

    /** Every live override of the hotel (all room types) overlapping [from, to). */
    public List<RateOverride> overlapping(long hotelId, LocalDate from, LocalDate to) {
        return query(hotelId, 0, from, to, Optional.empty()).stream().map(RateOverrideEntity::toDomain).toList();
    }

    private PanacheQuery<RateOverrideEntity> query(long hotelId, long roomTypeId, LocalDate from, LocalDate to,
                                                   Optional<Cursor> after) {
        StringBuilder where = new StringBuilder("hotelId = :hotelId and deletedTime is null");
        Parameters params = Parameters.with("hotelId", hotelId);
        if (roomTypeId > 0) {
            where.append(" and roomTypeId in (0, :roomTypeId)");
            params.and("roomTypeId", roomTypeId);
        }
        if (from != null) {
            where.append(" and endDate > :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and startDate < :to");
            params.and("to", to);
        }
        if (after.isPresent()) {
            where.append(" and (startDate, createTime, id) > (:afterStart, :afterTime, :afterId)");
            params.and("afterStart", after.get().startDate()).and("afterTime", after.get().createTime())
                    .and("afterId", after.get().id());
        }
        return find(where.toString(), LIST_ORDER, params);
    }

    /** Marks the override deleted; returns it as it was, or empty when there was no live one. */
    public Optional<RateOverride> softDelete(UUID id, long hotelIdOrZero, Instant now) {
        PanacheQuery<RateOverrideEntity> live = hotelIdOrZero == 0
                ? find("id = ?1 and deletedTime is null", id)
                : find("id = ?1 and hotelId = ?2 and deletedTime is null", id, hotelIdOrZero);
        // The row lock makes a concurrent delete wait, then find the row no longer live.
        Optional<RateOverrideEntity> row = live.withLock(LockModeType.PESSIMISTIC_WRITE).singleResultOptional();
        row.ifPresent(entity -> entity.deletedTime = now);
        return row.map(RateOverrideEntity::toDomain);
    }

    public int purgeDeletedBefore(Instant cutoff) {
        return (int) delete("deletedTime < ?1", cutoff);
    }
}
