package io.staygrid.reservation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.BookingRequest;
import io.staygrid.reservation.domain.PricedStay;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import io.staygrid.reservation.repository.entity.ReservationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The reservation table. A status change locks the row, checks the expected status (and lease owner), then
 * changes it and appends to the audit trail in the caller's transaction. Leases are read and written on the
 * database clock, which every instance shares.
 */
@ApplicationScoped
@Transactional
public class ReservationRepository implements PanacheRepositoryBase<ReservationEntity, UUID> {

    private final EventRepository events;

    public ReservationRepository(EventRepository events) {
        this.events = events;
    }

    public Optional<Reservation> byId(String reservationId) {
        return findByIdOptional(UUID.fromString(reservationId)).map(ReservationMapping::toDomain);
    }

    /**
     * Inserts a PENDING reservation with the hotel's current policy as its snapshot; false if the id exists or
     * the quote already priced another reservation that is not REJECTED (nothing is changed then).
     */
    public boolean insertPending(BookingRequest r, PricedStay price, ZoneId hotelTimeZone, Duration lease,
                                 String owner) {
        boolean inserted = insert(r, price, hotelTimeZone, ReservationStatus.PENDING, null, lease, owner);
        if (inserted) {
            events.append(r.reservationId(), null, ReservationStatus.PENDING, r.actor(), "booking received");
        }
        return inserted;
    }

    /** Inserts the reservation already REJECTED (never priced); false if the id exists. */
    public boolean insertRejected(BookingRequest r, ZoneId hotelTimeZone, RejectionReason reason, Actor actor,
                                  String detail) {
        boolean inserted = insert(r, null, hotelTimeZone, ReservationStatus.REJECTED, reason, Duration.ZERO, null);
        if (inserted) {
            events.append(r.reservationId(), null, ReservationStatus.PENDING, r.actor(), "booking received");
            events.append(r.reservationId(), ReservationStatus.PENDING, ReservationStatus.REJECTED, actor,
                    reason + ": " + detail);
        }
        return inserted;
    }

    /**
     * Native: ON CONFLICT without a target makes "id taken" and "quote bound to another booking" one atomic
     * no-op, and the policy snapshot is read in the same statement (in the hotel's own time zone).
     */
    private boolean insert(BookingRequest r, PricedStay price, ZoneId hotelTimeZone, ReservationStatus status,
                           RejectionReason reason, Duration lease, String owner) {
        return getEntityManager().createNativeQuery("""
                INSERT INTO reservation (reservation_id, request_fingerprint, guest_id, hotel_id, room_type_id, start_date,
                    end_date, rooms, guests, quote_id, payment_token, status, rejection_reason, currency, amount_minor,
                    night_prices_minor, booked_by_kind, booked_by_id, policy_free_days, policy_penalty_nights,
                    policy_time_zone, lease_until, lease_owner)
                SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, CAST(?13 AS text), CAST(?14 AS char(3)),
                    CAST(?15 AS bigint), CAST(?16 AS bigint[]), ?17, ?18,
                    coalesce(p.free_cancellation_days, 3), coalesce(p.penalty_nights, 1),
                    ?21, clock_timestamp() + ?19 * interval '1 millisecond', CAST(?20 AS text)
                FROM (SELECT 1) AS one LEFT JOIN cancellation_policy p ON p.hotel_id = ?4
                ON CONFLICT DO NOTHING
                """)
                .setParameter(1, UUID.fromString(r.reservationId())).setParameter(2, r.fingerprint())
                .setParameter(3, r.guestId()).setParameter(4, r.stay().hotelId()).setParameter(5, r.stay().roomTypeId())
                .setParameter(6, r.stay().start()).setParameter(7, r.stay().end()).setParameter(8, r.stay().rooms())
                .setParameter(9, r.guests()).setParameter(10, UUID.fromString(r.quoteId()))
                .setParameter(11, r.paymentToken()).setParameter(12, status.name())
                .setParameter(13, reason == null ? null : reason.name())
                .setParameter(14, price == null ? null : price.currency().getCurrencyCode())
                .setParameter(15, price == null ? null : price.total().minorUnits())
                .setParameter(16, price == null ? null : arrayLiteral(price.nightPricesMinor()))
                .setParameter(17, r.actor().kind().name()).setParameter(18, r.actor().id())
                .setParameter(19, lease.toMillis()).setParameter(20, owner).setParameter(21, hotelTimeZone.getId())
                .executeUpdate() == 1;
    }

    private static String arrayLiteral(List<Long> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** Moves {@code from -> to} if the reservation is still in {@code from}, records the event; false otherwise. */
    public boolean transition(String reservationId, ReservationStatus from, ReservationStatus to, Actor actor,
                              String reason, Consumer<ReservationEntity> alsoSet) {
        return transitionOwned(reservationId, null, from, to, actor, reason, alsoSet);
    }

    /** Like {@link #transition}, but only if {@code owner} (when not null) holds the reservation's lease. */
    public boolean transitionOwned(String reservationId, String owner, ReservationStatus from, ReservationStatus to,
                                   Actor actor, String reason, Consumer<ReservationEntity> alsoSet) {
        if (!from.canBecome(to)) {
            throw new IllegalStateException("illegal transition " + from + " -> " + to);
        }
        Optional<ReservationEntity> locked = lock(reservationId)
                .filter(r -> r.status.equals(from.name()) && (owner == null || owner.equals(r.leaseOwner)));
        locked.ifPresent(r -> {
            r.status = to.name();
            r.updateTime = now();
            alsoSet.accept(r);
            events.append(reservationId, from, to, actor, reason);
        });
        return locked.isPresent();
    }

    /** A STUCK flag no longer applies once the saga moves the reservation on. */
    public static void liftStuck(ReservationEntity r) {
        if ("STUCK".equals(r.attentionReason)) {
            r.needsAttention = false;
            r.attentionReason = null;
        }
    }

    /** Sets needs_attention, whatever the status, and records it as an event that keeps the status. */
    public void flagAttention(String reservationId, String attentionReason, String detail, Actor actor) {
        lock(reservationId).ifPresent(r -> {
            r.needsAttention = true;
            r.attentionReason = attentionReason;
            r.updateTime = now();
            ReservationStatus status = ReservationStatus.valueOf(r.status);
            events.append(reservationId, status, status, actor, attentionReason + ": " + detail);
        });
    }

    /** The rooms are confirmed: the saga is finished, and a STUCK flag (it took long) is lifted with an event. */
    public void markConfirmed(String reservationId) {
        lock(reservationId).filter(r -> !r.holdConfirmed).ifPresent(r -> {
            r.holdConfirmed = true;
            r.updateTime = now();
            if ("STUCK".equals(r.attentionReason)) {
                liftStuck(r);
                events.append(reservationId, ReservationStatus.PAID, ReservationStatus.PAID, Actor.RECOVERY,
                        "rooms confirmed; the STUCK flag is lifted");
            }
        });
    }

    private Optional<ReservationEntity> lock(String reservationId) {
        return findByIdOptional(UUID.fromString(reservationId), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Native (as every lease statement): lease arithmetic on the database clock, one atomic statement. */
    public boolean extendLease(String reservationId, String owner, Duration lease) {
        return getEntityManager().createNativeQuery("""
                UPDATE reservation SET lease_until = clock_timestamp() + ?1 * interval '1 millisecond'
                WHERE reservation_id = ?2 AND lease_owner = ?3 AND status IN ('PENDING', 'PAID')
                """).setParameter(1, lease.toMillis()).setParameter(2, UUID.fromString(reservationId))
                .setParameter(3, owner).executeUpdate() == 1;
    }

    /** True while a run other than {@code owner} (null: any) holds an unexpired lease. */
    public boolean leaseHeldByOther(String reservationId, String owner) {
        List<?> held = getEntityManager().createNativeQuery("""
                SELECT 1 FROM reservation WHERE reservation_id = ?1
                AND lease_until > clock_timestamp() AND lease_owner IS DISTINCT FROM CAST(?2 AS text)
                """).setParameter(1, UUID.fromString(reservationId)).setParameter(2, owner).getResultList();
        return !held.isEmpty();
    }

    private static final String UNFINISHED = "(status = 'PENDING' OR (status = 'PAID' AND NOT hold_confirmed))";
    /**
     * What recovery keeps driving: a PENDING reservation unless flagged (a STUCK one without a charge holds no
     * money; its hold expires by itself), and always one that may involve money (a charge was requested) or
     * that is PAID with its rooms not yet confirmed: those are never abandoned, flag or not.
     */
    private static final String CLAIMABLE = "((status = 'PENDING' AND (NOT needs_attention OR EXISTS (SELECT 1"
            + " FROM payment p WHERE p.reservation_id = reservation.reservation_id)))"
            + " OR (status = 'PAID' AND NOT hold_confirmed))";
    private static final String CHARGE_UNRESOLVED = "(status IN ('CANCELED', 'REJECTED') AND EXISTS (SELECT 1"
            + " FROM payment p WHERE p.reservation_id = reservation.reservation_id"
            + " AND p.charge_status IN ('REQUESTED', 'UNKNOWN')))";

    /**
     * Flags (needs_attention STUCK) the unfinished reservations whose lease ran out after {@code maxAttempts}
     * recovery attempts, for staff to look at; returns their ids. Only those without money involved are no
     * longer claimed afterwards (see {@link #claimUnfinished}).
     */
    @SuppressWarnings("unchecked")
    public List<String> flagStuck(int maxAttempts) {
        List<Object[]> stuck = getEntityManager().createNativeQuery("UPDATE reservation SET needs_attention = true,"
                        + " attention_reason = 'STUCK', update_time = clock_timestamp() WHERE lease_until < clock_timestamp()"
                        + " AND " + UNFINISHED + " AND NOT needs_attention AND recovery_attempts >= ?1"
                        + " RETURNING CAST(reservation_id AS text), status")
                .setParameter(1, maxAttempts).getResultList();
        for (Object[] row : stuck) {
            ReservationStatus status = ReservationStatus.valueOf((String) row[1]);
            events.append((String) row[0], status, status, Actor.RECOVERY,
                    "STUCK: still unfinished after " + maxAttempts + " recovery attempts");
        }
        return stuck.stream().map(row -> (String) row[0]).toList();
    }

    /**
     * Leases up to {@code limit} reservations whose lease ran out to the caller: unfinished ones (PENDING, or
     * PAID with the rooms not yet confirmed; a flagged PENDING one only if a charge was requested) and
     * CANCELED/REJECTED ones whose charge is still unresolved. SKIP LOCKED lets several instances share.
     */
    @SuppressWarnings("unchecked")
    public List<String> claimUnfinished(int limit, Duration lease, String owner) {
        return getEntityManager().createNativeQuery("UPDATE reservation SET lease_until = clock_timestamp()"
                        + " + ?1 * interval '1 millisecond', lease_owner = ?2, recovery_attempts = recovery_attempts + 1"
                        + " WHERE reservation_id IN (SELECT reservation_id FROM reservation"
                        + " WHERE lease_until < clock_timestamp() AND (" + CLAIMABLE + " OR " + CHARGE_UNRESOLVED + ")"
                        + " ORDER BY lease_until LIMIT ?3 FOR UPDATE SKIP LOCKED) RETURNING CAST(reservation_id AS text)")
                .setParameter(1, lease.toMillis()).setParameter(2, owner).setParameter(3, limit).getResultList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
