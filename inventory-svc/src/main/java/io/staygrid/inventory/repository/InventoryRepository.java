package io.staygrid.inventory.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.staygrid.inventory.domain.Horizon;
import io.staygrid.inventory.domain.Night;
import io.staygrid.inventory.repository.entity.NightEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-night rows. Every statement that locks several rows locks them in (hotel, room type, date) order,
 * the one global order that keeps concurrent holds, releases and capacity changes free of deadlocks.
 */
@ApplicationScoped
@Transactional
public class InventoryRepository implements PanacheRepositoryBase<NightEntity, NightEntity.Key> {

    /**
     * Adds the missing nights of a hotel (one room type, or all when the room type is 0) up to today + 729 in the
     * hotel's time zone, from the day after the last existing row (never before today), with the room type's
     * applied percent: idempotent, catches up missed days, inserts in key order. The %s slot takes a locking clause.
     */
    private static final String EXTEND = """
            INSERT INTO room_type_inventory (hotel_id, room_type_id, date, total_inventory, sell_limit)
            SELECT rt.hotel_id, rt.room_type_id, d::date, rt.rooms, CAST(rt.rooms AS bigint) * (100 + rt.applied_percent) / 100
            FROM room_type rt
            JOIN hotel h ON h.hotel_id = rt.hotel_id
            CROSS JOIN LATERAL (SELECT (CAST(?1 AS timestamptz) AT TIME ZONE h.time_zone)::date AS today) t
            CROSS JOIN LATERAL (SELECT max(i.date) AS last FROM room_type_inventory i
                                WHERE i.hotel_id = rt.hotel_id AND i.room_type_id = rt.room_type_id) m
            CROSS JOIN LATERAL generate_series(GREATEST(t.today, m.last + 1), t.today + %d, interval '1 day') d
            WHERE rt.hotel_id = ?2 AND (CAST(?3 AS bigint) = 0 OR rt.room_type_id = ?3)
            ORDER BY rt.hotel_id, rt.room_type_id, d
            %%s
            ON CONFLICT DO NOTHING
            """.formatted(Horizon.NIGHTS - 1);

    /**
     * The horizon job shares each room type row it adds nights to: it waits (up to the lock timeout) for a capacity
     * change or policy step of that room type (which holds the row) and then reads the committed rooms and percent,
     * so no night is added with values being replaced. It never waits for anything while holding nights another
     * writer needs: those writers lock their room type row before any night. Public for the benchmark's
     * roll-forward measurement (parameters: now, hotel id, 0).
     */
    public static final String EXTEND_SHARED = EXTEND.formatted("FOR SHARE OF rt");
    /** Without a room type lock: the hold path has nights locked already (room type rows come before nights). */
    private static final String EXTEND_UNLOCKED = EXTEND.formatted("");

    /** The horizon job's step: extends every room type of one hotel to the horizon of {@code now}; returns the rows added. */
    public int extendHotel(long hotelId, Instant now) {
        return extend(EXTEND_SHARED, hotelId, 0L, now);
    }

    /**
     * Extends one room type's rows to the horizon of {@code now}; returns the rows added. An insert of a night
     * another transaction is inserting waits for it, so after this returns every night up to the horizon is
     * committed or ours.
     */
    public int extend(long hotelId, long roomTypeId, Instant now) {
        return extend(EXTEND_UNLOCKED, hotelId, roomTypeId, now);
    }

    /** Native: generate_series and LATERAL per room type, idempotent through ON CONFLICT, in one statement. */
    private int extend(String statement, long hotelId, long roomTypeId, Instant now) {
        return getEntityManager().createNativeQuery(statement).setParameter(1, now).setParameter(2, hotelId)
                .setParameter(3, roomTypeId).executeUpdate();
    }

    /** Locks the existing rows of [from, to) in date order and returns them as they are after the locks. */
    public List<Night> lockNights(long hotelId, long roomTypeId, LocalDate from, LocalDate to) {
        return find("hotelId = ?1 and roomTypeId = ?2 and date >= ?3 and date < ?4", Sort.by("date"), hotelId,
                roomTypeId, from, to).withLock(LockModeType.PESSIMISTIC_WRITE).stream()
                .map(InventoryRepository::toDomain).toList();
    }

    /** Adds {@code rooms} (negative to give back) on every night of [from, to); the rows must be locked. */
    public void addReserved(long hotelId, long roomTypeId, LocalDate from, LocalDate to, int rooms) {
        update("totalReserved = totalReserved + ?1, overbookedFloor = least(overbookedFloor, totalReserved + ?1)"
                + " where hotelId = ?2 and roomTypeId = ?3 and date >= ?4 and date < ?5", rooms, hotelId, roomTypeId, from, to);
    }

    /**
     * Every night of [from, to) for one room type, or for every non-retired room type of the hotel when
     * {@code roomTypeId} is 0, in (room type, date) order; nights without a row are all zero. Reads only the
     * rows of those nights.
     */
    public List<Night> nights(long hotelId, long roomTypeId, LocalDate from, LocalDate to) {
        List<Long> roomTypes = roomTypeId != 0 ? getEntityManager().createQuery(
                "select rt.roomTypeId from RoomTypeEntity rt where rt.hotelId = ?1 and rt.roomTypeId = ?2", Long.class)
                .setParameter(1, hotelId).setParameter(2, roomTypeId).getResultList()
                : getEntityManager().createQuery("select rt.roomTypeId from RoomTypeEntity rt"
                        + " where rt.hotelId = ?1 and rt.rooms > 0 order by rt.roomTypeId", Long.class)
                .setParameter(1, hotelId).getResultList();
        if (roomTypes.isEmpty()) {
            return List.of();
        }
        Map<NightEntity.Key, NightEntity> stored = new HashMap<>();
        for (NightEntity n : find("hotelId = ?1 and roomTypeId in ?2 and date >= ?3 and date < ?4", hotelId, roomTypes,
                from, to).list()) {
            stored.put(key(n.hotelId, n.roomTypeId, n.date), n);
        }
        List<Night> nights = new ArrayList<>();
        for (long rt : roomTypes) {
            for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
                NightEntity n = stored.get(key(hotelId, rt, d));
                nights.add(n == null ? new Night(rt, d, 0, 0, 0, 0) : toDomain(n));
            }
        }
        return nights;
    }

    /** Nights from {@code today} on where more is reserved than may be sold, after the (date, room type) cursor. */
    public List<Night> overbooked(long hotelId, long roomTypeId, LocalDate today, LocalDate afterDate,
                                  long afterRoomTypeId, int limit) {
        Parameters params = Parameters.with("hotel", hotelId).and("today", today).and("afterDate", afterDate)
                .and("afterRoomType", afterRoomTypeId);
        String query = "hotelId = :hotel and totalReserved > sellLimit and date >= :today"
                + " and (date, roomTypeId) > (:afterDate, :afterRoomType)";
        if (roomTypeId != 0) {
            query += " and roomTypeId = :roomType";
            params.and("roomType", roomTypeId);
        }
        return find(query, Sort.by("date", "roomTypeId"), params).range(0, limit - 1).stream()
                .map(InventoryRepository::toDomain).toList();
    }

    private static NightEntity.Key key(long hotelId, long roomTypeId, LocalDate date) {
        NightEntity.Key k = new NightEntity.Key();
        k.hotelId = hotelId;
        k.roomTypeId = roomTypeId;
        k.date = date;
        return k;
    }

    static Night toDomain(NightEntity n) {
        return new Night(n.roomTypeId, n.date, n.totalInventory, n.outOfService, n.sellLimit, n.totalReserved);
    }
}
