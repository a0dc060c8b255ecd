package io.staygrid.reservation.repository;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.BookingRequest;
import io.staygrid.reservation.domain.PricedStay;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reservation table. Status changes are conditional on the expected status (the row lock of the
 * UPDATE serialises racers) and append to the audit trail in the caller's transaction.
 */
@ApplicationScoped
public class ReservationRepository {

    private final Db db;
    private final EventRepository events;

    public ReservationRepository(Db db, EventRepository events) {
        this.db = db;
        this.events = events;
    }

    public Optional<Reservation> find(String reservationId) {
        return db.queryOne("SELECT " + ReservationRows.COLUMNS + " FROM reservation WHERE reservation_id = ?",
                ReservationRows::map, UUID.fromString(reservationId));
    }

    /**
     * Inserts a PENDING reservation with the hotel's current policy as its snapshot; false if the id exists or
     * the quote already priced another reservation that is not REJECTED (nothing is changed then).
     */
    public boolean insertPending(BookingRequest r, PricedStay price, Duration lease, String owner) {
        boolean inserted = insert(r, price, ReservationStatus.PENDING, null, lease, owner);
        if (inserted) {
            events.append(r.reservationId(), null, ReservationStatus.PENDING, r.actor(), "booking received");
        }
        return inserted;
    }

    /** Inserts the reservation already REJECTED (never priced); false if the id exists. */
    public boolean insertRejected(BookingRequest r, RejectionReason reason, Actor actor, String detail) {
        boolean inserted = insert(r, null, ReservationStatus.REJECTED, reason, Duration.ZERO, null);
        if (inserted) {
            events.append(r.reservationId(), null, ReservationStatus.PENDING, r.actor(), "booking received");
            events.append(r.reservationId(), ReservationStatus.PENDING, ReservationStatus.REJECTED, actor,
                    reason + ": " + detail);
        }
        return inserted;
    }

    /** ON CONFLICT without a target: a taken reservation_id and a quote bound to another booking both skip. */
    private boolean insert(BookingRequest r, PricedStay price, ReservationStatus status, RejectionReason reason,
                           Duration lease, String owner) {
        return db.update("INSERT INTO reservation (reservation_id, request_fingerprint, guest_id, hotel_id,"
                        + " room_type_id, start_date, end_date, rooms, guests, quote_id, payment_token, status,"
                        + " rejection_reason, currency, amount_minor, night_prices_minor, booked_by_kind, booked_by_id,"
                        + " policy_free_days, policy_penalty_nights, policy_time_zone, lease_until, lease_owner)"
                        + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " coalesce(p.free_cancellation_days, 3), coalesce(p.penalty_nights, 1),"
                        + " coalesce(p.hotel_time_zone, 'UTC'), clock_timestamp() + ? * interval '1 millisecond', ?"
                        + " FROM (SELECT 1) AS one LEFT JOIN cancellation_policy p ON p.hotel_id = ?"
                        + " ON CONFLICT DO NOTHING",
                UUID.fromString(r.reservationId()), r.fingerprint(), r.guestId(), r.stay().hotelId(),
                r.stay().roomTypeId(), r.stay().start(), r.stay().end(), r.stay().rooms(), r.guests(),
                UUID.fromString(r.quoteId()), r.paymentToken(), status, reason,
                price == null ? null : price.currency().getCurrencyCode(),
                price == null ? null : price.total().minorUnits(),
                price == null ? null : new Db.LongArray(price.nightPricesMinor()),
                r.actor().kind(), r.actor().id(), lease.toMillis(), owner, r.stay().hotelId()) == 1;
    }

    /**
     * Moves {@code from -> to} if the reservation is still in {@code from}, setting {@code extraSet}
     * (e.g. ", rejection_reason = ?") too, and records the event. False if it was not in {@code from}.
     */
    public boolean transition(String reservationId, ReservationStatus from, ReservationStatus to, Actor actor,
                              String reason, String extraSet, Object... extraParams) {
        return transitionOwned(reservationId, null, from, to, actor, reason, extraSet, extraParams);
    }

    /** Like {@link #transition}, but only if {@code owner} (when not null) holds the reservation's lease. */
    public boolean transitionOwned(String reservationId, String owner, ReservationStatus from, ReservationStatus to,
                                   Actor actor, String reason, String extraSet, Object... extraParams) {
        if (!from.canBecome(to)) {
            throw new IllegalStateException("illegal transition " + from + " -> " + to);
        }
        List<Object> params = new ArrayList<>();
        params.add(to);
        params.addAll(Arrays.asList(extraParams));
        params.add(UUID.fromString(reservationId));
        params.add(from);
        if (owner != null) {
            params.add(owner);
        }
        int changed = db.update("UPDATE reservation SET status = ?, update_time = clock_timestamp()" + extraSet
                + " WHERE reservation_id = ? AND status = ?" + (owner == null ? "" : " AND lease_owner = ?"),
                params.toArray());
        if (changed == 1) {
            events.append(reservationId, from, to, actor, reason);
        }
        return changed == 1;
    }

    /** Sets needs_attention, whatever the status, and records it as an event that keeps the status. */
    public void flagAttention(String reservationId, String attentionReason, String detail, Actor actor) {
        Optional<String> status = db.queryOne("UPDATE reservation SET needs_attention = true, attention_reason = ?,"
                        + " update_time = clock_timestamp() WHERE reservation_id = ? RETURNING status",
                rs -> rs.getString(1), attentionReason, UUID.fromString(reservationId));
        status.ifPresent(s -> events.append(reservationId, ReservationStatus.valueOf(s), ReservationStatus.valueOf(s),
                actor, attentionReason + ": " + detail));
    }

    /** The rooms are confirmed: the saga is finished, and a STUCK flag (it took long) is lifted with an event. */
    public void markConfirmed(String reservationId) {
        boolean wasStuck = db.queryOne("UPDATE reservation r SET hold_confirmed = true, update_time = clock_timestamp(),"
                        + " needs_attention = r.needs_attention AND r.attention_reason IS DISTINCT FROM 'STUCK',"
                        + " attention_reason = CASE WHEN r.attention_reason = 'STUCK' THEN NULL ELSE r.attention_reason END"
                        + " FROM reservation old WHERE old.reservation_id = r.reservation_id AND r.reservation_id = ?"
                        + " AND NOT r.hold_confirmed RETURNING old.attention_reason = 'STUCK'",
                rs -> rs.getBoolean(1), UUID.fromString(reservationId)).orElse(false);
        if (wasStuck) {
            events.append(reservationId, ReservationStatus.PAID, ReservationStatus.PAID, Actor.RECOVERY,
                    "rooms confirmed; the STUCK flag is lifted");
        }
    }

    /** Extends {@code owner}'s lease if it still holds the reservation and it is PENDING or PAID. */
    public boolean extendLease(String reservationId, String owner, Duration lease) {
        return db.update("UPDATE reservation SET lease_until = clock_timestamp() + ? * interval '1 millisecond'"
                        + " WHERE reservation_id = ? AND lease_owner = ? AND status IN ('PENDING', 'PAID')",
                lease.toMillis(), UUID.fromString(reservationId), owner) == 1;
    }

    /** True while a run other than {@code owner} (null: any) holds an unexpired lease. */
    public boolean leaseHeldByOther(String reservationId, String owner) {
        return db.queryOne("SELECT lease_until > clock_timestamp() AND lease_owner IS DISTINCT FROM ?"
                        + " FROM reservation WHERE reservation_id = ?", rs -> rs.getBoolean(1), owner,
                UUID.fromString(reservationId)).orElse(false);
    }

    /** An extra SET clause for the saga's own status changes: a STUCK flag no longer applies once it moves on. */
    public static final String LIFT_STUCK = ", needs_attention = needs_attention AND attention_reason IS DISTINCT FROM"
            + " 'STUCK', attention_reason = CASE WHEN attention_reason = 'STUCK' THEN NULL ELSE attention_reason END";

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
    public List<String> flagStuck(int maxAttempts) {
        List<String[]> stuck = db.query("UPDATE reservation SET needs_attention = true, attention_reason = 'STUCK',"
                        + " update_time = clock_timestamp() WHERE lease_until < clock_timestamp() AND " + UNFINISHED
                        + " AND NOT needs_attention AND recovery_attempts >= ? RETURNING reservation_id, status",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, maxAttempts);
        for (String[] row : stuck) {
            ReservationStatus status = ReservationStatus.valueOf(row[1]);
            events.append(row[0], status, status, Actor.RECOVERY,
                    "STUCK: still unfinished after " + maxAttempts + " recovery attempts");
        }
        return stuck.stream().map(row -> row[0]).toList();
    }

    /**
     * Leases up to {@code limit} reservations whose lease ran out to the caller: unfinished ones (PENDING, or
     * PAID with the rooms not yet confirmed; a flagged PENDING one only if a charge was requested) and
     * CANCELED/REJECTED ones whose charge is still unresolved. SKIP LOCKED lets several instances share.
     */
    public List<String> claimUnfinished(int limit, Duration lease, String owner) {
        return db.query("UPDATE reservation SET lease_until = clock_timestamp() + ? * interval '1 millisecond',"
                        + " lease_owner = ?, recovery_attempts = recovery_attempts + 1 WHERE reservation_id IN ("
                        + " SELECT reservation_id FROM reservation WHERE lease_until < clock_timestamp()"
                        + " AND (" + CLAIMABLE + " OR " + CHARGE_UNRESOLVED + ")"
                        + " ORDER BY lease_until LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING reservation_id",
                rs -> rs.getString(1), lease.toMillis(), owner, limit);
    }
}
