package io.staygrid.inventory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.staygrid.inventory.repository.entity.HotelEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The hotel row: the first lock every capacity change and every policy transaction of a hotel takes. Hibernate's
 * PESSIMISTIC_WRITE is PostgreSQL's FOR NO KEY UPDATE, which keeps inserts of the hotel's room types (FK: FOR KEY
 * SHARE) from waiting on it.
 */
@ApplicationScoped
@Transactional
public class HotelRepository implements PanacheRepositoryBase<HotelEntity, Long> {

    public Optional<HotelRow> byId(long hotelId) {
        return findByIdOptional(hotelId).map(HotelRepository::toRow);
    }

    /** Creates the hotel or sets its time zone, and locks its row for the rest of the transaction. */
    public HotelRow lockWithTimeZone(long hotelId, String timeZone, Instant now) {
        // Native: create-or-update in one atomic statement (two writers of a new hotel never collide).
        getEntityManager().createNativeQuery("""
                INSERT INTO hotel (hotel_id, time_zone, create_time) VALUES (?1, ?2, ?3)
                ON CONFLICT (hotel_id) DO UPDATE SET time_zone = EXCLUDED.time_zone
                """).setParameter(1, hotelId).setParameter(2, timeZone).setParameter(3, now).executeUpdate();
        return lock(hotelId).orElseThrow();
    }

    /** Creates the hotel if it is unknown and locks its row (a policy may be set before any capacity). */
    public HotelRow lockOrCreate(long hotelId, Instant now) {
        // Native: create-if-absent in one atomic statement.
        getEntityManager().createNativeQuery("INSERT INTO hotel (hotel_id, create_time) VALUES (?1, ?2)"
                + " ON CONFLICT (hotel_id) DO NOTHING").setParameter(1, hotelId).setParameter(2, now).executeUpdate();
        return lock(hotelId).orElseThrow();
    }

    /** Locks the hotel row (FOR NO KEY UPDATE) and reads it as it is after the lock. */
    public Optional<HotelRow> lock(long hotelId) {
        return lockEntity(hotelId, LockModeType.PESSIMISTIC_WRITE).map(HotelRepository::toRow);
    }

    /** Shares the hotel row: a policy step keeps the pending marker it checked from changing until it commits. */
    public Optional<HotelRow> share(long hotelId) {
        return lockEntity(hotelId, LockModeType.PESSIMISTIC_READ).map(HotelRepository::toRow);
    }

    /** Sets the policy in effect (the row must be locked). */
    public void setPercent(long hotelId, int percent, Instant now) {
        HotelEntity h = findById(hotelId);
        h.overbookingPercent = percent;
        h.policyUpdateTime = now;
    }

    /** Marks a policy change in flight, owned by {@code token} until {@code until} (the row must be locked). */
    public void setPending(long hotelId, int percent, UUID token, Instant until) {
        HotelEntity h = findById(hotelId);
        h.pendingPercent = percent;
        h.pendingToken = token;
        h.pendingUntil = until;
    }

    public void clearPending(long hotelId) {
        HotelEntity h = findById(hotelId);
        h.pendingPercent = null;
        h.pendingToken = null;
        h.pendingUntil = null;
    }

    /** Gives up the lease of a failed run now, so the repair (or the next change) finishes its change at once. */
    public void releaseLease(long hotelId, UUID token, Instant now) {
        update("pendingUntil = ?1 where hotelId = ?2 and pendingToken = ?3", now, hotelId, token);
    }

    /** Up to {@code limit} hotels whose policy change was abandoned by its owner (lease over) by {@code now}. */
    public List<Long> abandonedPolicyChanges(Instant now, int limit) {
        return find("pendingToken is not null and pendingUntil <= ?1", Sort.by("pendingUntil"), now)
                .range(0, limit - 1).stream().map(h -> h.hotelId).toList();
    }

    /** Up to {@code limit} hotels with a time zone (so with room types) after {@code afterHotelId}, by id. */
    public List<Long> withTimeZone(long afterHotelId, int limit) {
        return getEntityManager().createQuery("select h.hotelId from HotelEntity h where h.timeZone is not null"
                        + " and h.hotelId > ?1 order by h.hotelId", Long.class).setParameter(1, afterHotelId)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Locks the row and reads it as it is once locked (a refresh with the lock: a copy loaded earlier in this
     * session, or changed by a native statement since, must not stand in for the locked row).
     */
    private Optional<HotelEntity> lockEntity(long hotelId, LockModeType mode) {
        Optional<HotelEntity> hotel = findByIdOptional(hotelId);
        hotel.ifPresent(h -> getEntityManager().refresh(h, mode));
        return hotel;
    }

    private static HotelRow toRow(HotelEntity h) {
        return new HotelRow(h.hotelId, h.timeZone, h.overbookingPercent, h.policyUpdateTime, h.pendingPercent,
                h.pendingToken, h.pendingUntil);
    }
}
