package io.staygrid.reservation.service.fakes;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.BookingRequest;
import io.staygrid.reservation.domain.CancellationPolicy;
import io.staygrid.reservation.domain.PricedStay;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.reservation.service.Compensation;
import io.staygrid.reservation.service.SagaStore;
import io.staygrid.support.money.Amount;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory SagaStore with the same conditional transitions as the real one. */
public class FakeStore implements SagaStore {

    /** The mutable state of one reservation. */
    public static final class Row {
        public BookingRequest request;
        public PricedStay price;
        public ReservationStatus status = ReservationStatus.PENDING;
        public RejectionReason rejection;
        public boolean attention;
        public String attentionReason;
        public boolean confirmed;
        public ChargeResult charge;
        public Long refunded;
        public final Map<Compensation, Long> pending = new LinkedHashMap<>();
        public final Map<Compensation, Integer> attempts = new LinkedHashMap<>();
        public final List<Compensation> done = new ArrayList<>();
        public final List<String> events = new ArrayList<>();
    }

    public final Map<String, Row> rows = new LinkedHashMap<>();

    public Row row(String id) {
        return rows.get(id);
    }

    @Override
    public synchronized Optional<Reservation> find(String id) {
        Row r = rows.get(id);
        if (r == null) {
            return Optional.empty();
        }
        BookingRequest q = r.request;
        return Optional.of(new Reservation(id, q.fingerprint(), q.guestId(), q.stay(), q.guests(), q.quoteId(),
                q.paymentToken(), r.status, r.price == null ? null : r.price.currency(),
                r.price == null ? null : r.price.total().minorUnits(),
                r.price == null ? List.of() : r.price.nightPricesMinor(), r.refunded, r.rejection, r.attention,
                r.attentionReason, r.confirmed, q.actor(), CancellationPolicy.defaults(q.stay().hotelId()),
                Instant.EPOCH, Instant.EPOCH));
    }

    @Override
    public synchronized boolean extendLease(String id, String owner, Duration lease) {
        ReservationStatus status = rows.get(id).status;
        return status == ReservationStatus.PENDING || status == ReservationStatus.PAID;
    }

    @Override
    public boolean leaseHeldByOther(String id, String owner) {
        return false;
    }

    @Override
    public synchronized Optional<Reservation> recordPending(BookingRequest request, PricedStay price, ZoneId zone,
                                                            Duration lease, String owner) {
        if (rows.containsKey(request.reservationId())) {
            return Optional.empty();
        }
        Row row = new Row();
        row.request = request;
        row.price = price;
        row.events.add("-> PENDING");
        rows.put(request.reservationId(), row);
        return find(request.reservationId());
    }

    @Override
    public synchronized Optional<Reservation> recordRejected(BookingRequest request, ZoneId hotelTimeZone,
                                                             RejectionReason reason, String detail, Actor actor) {
        if (recordPending(request, null, hotelTimeZone, Duration.ZERO, null).isEmpty()) {
            return Optional.empty();
        }
        reject(request.reservationId(), reason, detail, List.of(), actor, null);
        return find(request.reservationId());
    }

    @Override
    public synchronized boolean reject(String id, RejectionReason reason, String detail, List<Compensation> undo,
                                       Actor actor, String owner) {
        Row r = rows.get(id);
        if (r.status != ReservationStatus.PENDING) {
            return false;
        }
        r.status = ReservationStatus.REJECTED;
        r.rejection = reason;
        r.events.add("PENDING -> REJECTED " + reason);
        schedule(id, undo);
        return true;
    }

    @Override
    public synchronized boolean markPaid(String id, Actor actor, String owner) {
        Row r = rows.get(id);
        if (r.status != ReservationStatus.PENDING) {
            return false;
        }
        r.status = ReservationStatus.PAID;
        r.events.add("PENDING -> PAID");
        return true;
    }

    @Override
    public synchronized boolean refundLostRooms(String id, String attentionReason, String detail, Actor actor) {
        Row r = rows.get(id);
        if (r.status != ReservationStatus.PAID) {
            return false;
        }
        r.status = ReservationStatus.REFUNDED;
        r.refunded = r.price.total().minorUnits();
        r.attention = true;
        r.attentionReason = attentionReason;
        r.events.add("PAID -> REFUNDED " + attentionReason);
        schedule(id, List.of(Compensation.RELEASE_HOLD, Compensation.REFUND));
        return true;
    }

    @Override
    public synchronized void markConfirmed(String id) {
        Row r = rows.get(id);
        r.confirmed = true;
        if ("STUCK".equals(r.attentionReason)) {
            r.attention = false;
            r.attentionReason = null;
        }
    }

    @Override
    public synchronized void flagCompensationFailure(String id, String reason, String detail, Actor actor) {
        Row r = rows.get(id);
        r.attention = true;
        r.attentionReason = reason;
        r.events.add("attention " + reason + ": " + detail);
    }

    @Override
    public synchronized Optional<ChargeResult> charge(String id) {
        return Optional.ofNullable(rows.get(id).charge);
    }

    @Override
    public synchronized boolean chargeRequested(String id, Amount amount, String owner) {
        Row r = rows.get(id);
        if (r.charge != null || r.status != ReservationStatus.PENDING) {
            return false;
        }
        r.charge = ChargeResult.UNKNOWN;
        return true;
    }

    @Override
    public synchronized void chargeResolved(String id, ChargeResult result) {
        Row r = rows.get(id);
        if (r.charge == null || r.charge == ChargeResult.UNKNOWN || result == ChargeResult.APPROVED) {
            r.charge = result;
        }
    }

    @Override
    public synchronized void compensateAfterLostRace(String id, List<Compensation> undo) {
        Row r = rows.get(id);
        for (Compensation c : undo) {
            boolean refundedNothing = c == Compensation.REFUND && (r.refunded == null || r.refunded == 0);
            if (!r.pending.containsKey(c) && (!r.done.contains(c) || refundedNothing)) {
                r.pending.put(c, c == Compensation.REFUND ? r.price.total().minorUnits() : null);
            }
        }
    }

    @Override
    public void deferCompensation(String id, Compensation c, String why) {
        // The fake has no schedule: a deferred compensation simply stays pending.
    }

    public synchronized void schedule(String id, List<Compensation> undo) {
        Row r = rows.get(id);
        for (Compensation c : undo) {
            r.pending.put(c, c == Compensation.REFUND ? r.price.total().minorUnits() : null);
        }
    }

    @Override
    public synchronized List<PendingCompensation> pendingCompensations(String id) {
        Row r = rows.get(id);
        return r.pending.entrySet().stream()
                .map(e -> new PendingCompensation(e.getKey(), e.getValue(), r.attempts.getOrDefault(e.getKey(), 0)))
                .toList();
    }

    @Override
    public synchronized void compensationDone(String id, Compensation c, Long refundedMinor) {
        Row r = rows.get(id);
        r.pending.remove(c);
        r.done.add(c);
        if (refundedMinor != null) {
            r.refunded = refundedMinor;
        }
    }

    @Override
    public synchronized void compensationFailed(String id, Compensation c, String error) {
        rows.get(id).attempts.merge(c, 1, Integer::sum);
    }

    @Override
    public void logStep(String id, String step, String outcome) {
        // The fake keeps no step log.
    }
}
