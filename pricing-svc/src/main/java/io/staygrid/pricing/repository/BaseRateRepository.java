package io.staygrid.pricing.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.staygrid.pricing.domain.BaseRate;
import io.staygrid.pricing.repository.entity.BaseRateEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** The base_rate table, plus the hotel's pricing currency (that of its base rates and live overrides). */
@ApplicationScoped
public class BaseRateRepository implements PanacheRepositoryBase<BaseRateEntity, BaseRateEntity.Key> {

    public Optional<BaseRate> findRate(long hotelId, long roomTypeId) {
        return findByIdOptional(new BaseRateEntity.Key(hotelId, roomTypeId)).map(BaseRateEntity::toDomain);
    }

    /** A keyset page: up to {@code limit} base rates of the hotel after {@code afterRoomTypeId}, ascending. */
    public List<BaseRate> page(long hotelId, long afterRoomTypeId, int limit) {
        return find("hotelId = ?1 and roomTypeId > ?2", Sort.by("roomTypeId"), hotelId, afterRoomTypeId)
                .range(0, limit - 1).stream().map(BaseRateEntity::toDomain).toList();
    }

    /** Every base rate of the hotel, by room type ascending. */
    public List<BaseRate> ofHotel(long hotelId) {
        return find("hotelId", Sort.by("roomTypeId"), hotelId).stream().map(BaseRateEntity::toDomain).toList();
    }

    public BaseRate upsert(BaseRate rate) {
        // One atomic statement: a find-then-persist would race DeleteBaseRate, which does not take the hotel lock.
        getSession().createMutationQuery("""
                        insert into BaseRateEntity (hotelId, roomTypeId, currency, rateMinor, updateTime)
                        values (:hotelId, :roomTypeId, :currency, :rateMinor, :updateTime)
                        on conflict (hotelId, roomTypeId) do update
                        set currency = excluded.currency, rateMinor = excluded.rateMinor, updateTime = excluded.updateTime""")
                .setParameter("hotelId", rate.hotelId())
                .setParameter("roomTypeId", rate.roomTypeId())
                .setParameter("currency", rate.nightlyRate().currency().getCurrencyCode())
                .setParameter("rateMinor", rate.nightlyRate().minorUnits())
                .setParameter("updateTime", rate.updateTime())
                .executeUpdate();
        return rate;
    }

    /** Deletes the rate and returns it as it was; the row lock makes a concurrent delete find nothing. */
    public Optional<BaseRate> deleteRate(long hotelId, long roomTypeId) {
        Optional<BaseRateEntity> row = findByIdOptional(new BaseRateEntity.Key(hotelId, roomTypeId),
                LockModeType.PESSIMISTIC_WRITE);
        row.ifPresent(entity -> delete(entity));
        return row.map(BaseRateEntity::toDomain);
    }

    /** The currency of the hotel's base rates and live overrides, if it has any. */
    public Optional<String> hotelCurrency(long hotelId) {
        return getEntityManager().createQuery("""
                        select b.currency from BaseRateEntity b where b.hotelId = ?1
                        union all
                        select o.currency from RateOverrideEntity o where o.hotelId = ?1 and o.deletedTime is null""",
                        String.class)
                .setParameter(1, hotelId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public boolean hotelHasBaseRate(long hotelId) {
        return find("hotelId", hotelId).firstResultOptional().isPresent();
    }

    /** Serialises the writes that fix or check a hotel's currency, for the rest of the transaction. */
    public void lockHotel(long hotelId) {
        // Native: a transaction-scoped advisory lock is a PostgreSQL function, not a query over an entity.
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(:hotelId)")
                .setParameter("hotelId", hotelId)
                .getSingleResult();
    }
}
