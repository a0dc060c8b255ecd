package io.staygrid.inventory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.staygrid.inventory.domain.Hold;
import io.staygrid.inventory.domain.HoldState;
import io.staygrid.inventory.domain.Stay;
import io.staygrid.inventory.repository.entity.HoldEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.LockOptions;

/** The hold ledger, keyed by reservation_id. */
@ApplicationScoped
@Transactional
public class HoldRepository implements PanacheRepositoryBase<HoldEntity, UUID> {

    /**
     * Inserts a new HELD hold unless the id exists. A concurrent insert of the same id waits on the unique
     * index until the first transaction ends, then inserts (first rolled back) or returns false (committed).
     * Native: ON CONFLICT DO NOTHING is that wait-then-decide in one statement.
     */
    public boolean insertHeld(UUID id, Stay stay, Instant expireTime, Instant now) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO inventory_hold (reservation_id, hotel_id, room_type_id, start_date, end_date, rooms, state,
                                            expire_time, create_time, update_time)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'HELD', ?7, ?8, ?8)
                ON CONFLICT (reservation_id) DO NOTHING
                """).setParameter(1, id).setParameter(2, stay.hotelId()).setParameter(3, stay.roomTypeId())
                .setParameter(4, stay.startDate()).setParameter(5, stay.endDate()).setParameter(6, stay.rooms())
                .setParameter(7, expireTime).setParameter(8, now).executeUpdate() == 1;
    }

    /** Remembers the release of an id that never held; false if the id exists (native: as {@link #insertHeld}). */
    public boolean insertReleasedTombstone(UUID id, Instant now) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO inventory_hold (reservation_id, state, create_time, update_time) VALUES (?1, 'RELEASED', ?2, ?2)
                ON CONFLICT (reservation_id) DO NOTHING
                """).setParameter(1, id).setParameter(2, now).executeUpdate() == 1;
    }

    public Optional<Hold> byId(UUID id) {
        return findByIdOptional(id).map(HoldRepository::toDomain);
    }

    public Optional<Hold> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(HoldRepository::toDomain);
    }

    /** Moves a (locked) hold to a new state; the expire time is kept only for HELD and EXPIRED. */
    public Hold setState(Hold hold, HoldState state, Instant expireTime, Instant now) {
        Instant kept = state == HoldState.HELD || state == HoldState.EXPIRED ? expireTime : null;
        HoldEntity e = findById(hold.reservationId());
        e.state = state.name();
        e.expireTime = kept;
        e.updateTime = now;
        return new Hold(hold.reservationId(), hold.stay(), state, kept, hold.createTime(), now);
    }

    /** Up to {@code limit} HELD holds past their deadline after the (expire_time, reservation_id) cursor; no locks. */
    public List<Hold> due(Instant now, Instant afterExpireTime, UUID afterId, int limit) {
        return find("state = 'HELD' and expireTime <= :now and (expireTime, reservationId) > (:time, :id)",
                Sort.by("expireTime", "reservationId"),
                Parameters.with("now", now).and("time", afterExpireTime).and("id", afterId))
                .range(0, limit - 1).stream().map(HoldRepository::toDomain).toList();
    }

    /** Locks the hold if it is still HELD past its deadline and nobody else (a sweeper, a confirm) has it locked. */
    public Optional<Hold> lockIfDue(UUID id, Instant now) {
        return find("reservationId = ?1 and state = 'HELD' and expireTime <= ?2", id, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .firstResultOptional().map(HoldRepository::toDomain);
    }

    /** A hotel's holds by (start_date, reservation_id) after the cursor; states compare the visible state. */
    public List<Hold> list(HoldQuery q, Instant now) {
        Parameters params = Parameters.with("hotel", q.hotelId()).and("afterStart", q.afterStartDate())
                .and("afterId", q.afterReservationId());
        StringBuilder query = new StringBuilder("hotelId = :hotel and (startDate, reservationId) > (:afterStart, :afterId)");
        if (q.roomTypeId() != 0) {
            query.append(" and roomTypeId = :roomType");
            params.and("roomType", q.roomTypeId());
        }
        if (q.states().length > 0) {
            query.append(" and (case when state = 'HELD' and expireTime <= :now then 'EXPIRED' else state end) in :states");
            params.and("now", now).and("states", Arrays.asList(q.states()));
        }
        if (q.windowStart() != null) {
            query.append(" and startDate < :windowEnd and endDate > :windowStart");
            params.and("windowStart", q.windowStart()).and("windowEnd", q.windowEnd());
        }
        return find(query.toString(), Sort.by("startDate", "reservationId"), params).range(0, q.limit() - 1).stream()
                .map(HoldRepository::toDomain).toList();
    }

    /** The filters and cursor of a ListHolds page. */
    public record HoldQuery(long hotelId, long roomTypeId, String[] states, LocalDate windowStart, LocalDate windowEnd,
                            LocalDate afterStartDate, UUID afterReservationId, int limit) {
    }

    private static Hold toDomain(HoldEntity e) {
        Stay stay = e.hotelId == null ? null : new Stay(e.hotelId, e.roomTypeId, e.startDate, e.endDate, e.rooms);
        return new Hold(e.reservationId, stay, HoldState.valueOf(e.state), e.expireTime, e.createTime, e.updateTime);
    }
}
