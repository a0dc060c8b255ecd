package io.staygrid.reservation.service;

import static io.staygrid.reservation.domain.RejectionReason.HOLD_EXPIRED;
import static io.staygrid.reservation.domain.RejectionReason.PAYMENT_DECLINED;
import static io.staygrid.reservation.domain.RejectionReason.PAYMENT_FAILED;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.BookingRequest;
import io.staygrid.reservation.domain.CancellationPolicy;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.payment.ChargeResult;
import io.staygrid.reservation.payment.PaymentGateway;
import io.staygrid.support.error.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The booking saga. Steps, with the compensation each registers BEFORE it runs (a timed-out call may have
 * succeeded):
 * <pre>
 *   guests within occupancy        -   read only (hotel-svc, cached)
 *   check quote (pricing)          -   read only
 *   record PENDING                 -   (the reservation is the saga's durable state)
 *   HoldRooms                      -   RELEASE_HOLD
 *   enough hold time left?         -
 *   charge (gateway)               -   REFUND
 *   (hold ran out meanwhile?)      -   ConfirmHold retakes the rooms, or REJECTED with both compensations
 *   mark PAID                      -   (a cancel that won the race gets both compensations)
 *   ConfirmHold                    -   rooms lost after payment: REFUNDED in full (RELEASE_HOLD, REFUND)
 * </pre>
 * Every step is idempotent by reservation id, so {@link #drive} is both the rest of a live booking and the
 * recovery job's re-drive. A run owns the reservation through its lease (lease_owner): it extends the lease
 * before every remote call and stops as soon as it no longer owns it; status changes are conditional on the
 * owner, and a run that finds the reservation already PAID by another never compensates it. A run that takes
 * over a requested charge fences it at the gateway, so a charge still in flight from the earlier run cannot land
 * afterwards. An unknown outcome (service down, payment timeout) stops the saga with the reservation PENDING;
 * going back enqueues the compensations durably with the REJECTED status and runs them.
 * No transaction is open while a downstream service or the gateway is called.
 */
@ApplicationScoped
public class BookingSaga {

    /** The durable points of the saga, reported to the {@link SagaObserver}. */
    public enum Step { RECORDED, HELD, CHARGE_REQUESTED, CHARGED, PAID, CONFIRMED }

    /** The reservation after the saga, and whether this call recorded it (false: the id already existed). */
    public record Outcome(Reservation reservation, boolean recordedHere) {
    }

    private final SagaStore store;
    private final HotelFacts hotels;
    private final Quotes quotes;
    private final RoomHolds holds;
    private final PaymentGateway payments;
    private final Compensations compensations;
    private final SagaObserver observer;
    private final SagaSettings settings;
    private final Clock clock;

    public BookingSaga(SagaStore store, HotelFacts hotels, Quotes quotes, RoomHolds holds, PaymentGateway payments,
                       Compensations compensations, SagaObserver observer, SagaSettings settings, Clock clock) {
        this.store = store;
        this.hotels = hotels;
        this.quotes = quotes;
        this.holds = holds;
        this.payments = payments;
        this.compensations = compensations;
        this.observer = observer;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Checks the guests against the room type's occupancy and the quote, records the reservation PENDING with the
     * hotel's time zone in its policy snapshot and drives it; hotel-svc or pricing down throws before recording.
     */
    public Outcome book(BookingRequest request) {
        String id = request.reservationId();
        Stay stay = request.stay();
        hotels.maxOccupancy(stay.hotelId(), stay.roomTypeId()).ifPresent(max -> {
            if (request.guests() > max * stay.rooms()) {
                throw DomainException.failedPrecondition("GUESTS_OVER_OCCUPANCY", "the room type takes at most " + max
                        + " guests per room").with("max_occupancy", Integer.toString(max))
                        .with("rooms", Integer.toString(stay.rooms()));
            }
        });
        ZoneId zone = hotels.timeZone(stay.hotelId()).orElse(CancellationPolicy.DEFAULT_TIME_ZONE);
        QuoteCheck.Result price = QuoteCheck.check(quotes, request, clock.instant());
        if (price instanceof QuoteCheck.Refused refused) {
            return store.recordRejected(request, zone, refused.reason(), refused.detail(), Actor.SAGA)
                    .map(r -> new Outcome(r, true))
                    .orElseGet(() -> new Outcome(current(id), false));
        }
        String owner = "saga-" + UUID.randomUUID();
        Optional<Reservation> recorded = store.recordPending(request, ((QuoteCheck.Accepted) price).price(), zone,
                settings.pendingLease(), owner);
        if (recorded.isEmpty()) {
            Optional<Reservation> existing = store.find(id);
            if (existing.isPresent()) {
                return new Outcome(existing.get(), false);
            }
            return store.recordRejected(request, zone, RejectionReason.QUOTE_ALREADY_USED,
                            "quote " + request.quoteId() + " already priced another booking", Actor.SAGA)
                    .map(r -> new Outcome(r, true))
                    .orElseGet(() -> new Outcome(current(id), false));
        }
        observer.after(Step.RECORDED, id);
        return new Outcome(drive(recorded.get(), Actor.SAGA, owner), true);
    }

    /**
     * Drives a PENDING (or PAID but unconfirmed) reservation leased to {@code owner} as far as it can go now;
     * a CANCELED or REJECTED one only has its unresolved charge settled (and refunded if it went through).
     */
    public Reservation drive(Reservation reservation, Actor actor, String owner) {
        try {
            return switch (reservation.status()) {
                case PENDING -> holdChargeAndPay(reservation, actor, owner);
                case PAID -> reservation.holdConfirmed() ? reservation : confirm(reservation, actor, owner);
                case CANCELED, REJECTED -> {
                    compensations.settleCharge(reservation.id(), owner);
                    yield current(reservation.id());
                }
                default -> reservation;
            };
        } catch (OutcomeUnknownException e) {
            store.logStep(reservation.id(), "STOPPED", "left for recovery: " + e.getMessage());
            return current(reservation.id());
        }
    }

    /** Extends the lease before a remote call; another run took over (or a cancel won): stop here. */
    private void ownLease(String id, String owner) {
        if (!store.extendLease(id, owner, settings.pendingLease())) {
            throw new OutcomeUnknownException("lease lost to another run (or no longer PENDING/PAID)");
        }
    }

    private Reservation holdChargeAndPay(Reservation r, Actor actor, String owner) {
        String id = r.id();
        List<Compensation> undo = new ArrayList<>();
        Optional<ChargeResult> earlierCharge = store.charge(id);

        undo.add(Compensation.RELEASE_HOLD);
        if (earlierCharge.isPresent()) {
            undo.add(Compensation.REFUND);
        }
        ownLease(id, owner);
        RoomHolds.HoldResult hold = holds.hold(id, r.stay(), settings.holdDuration());
        if (hold instanceof RoomHolds.Refused refused) {
            return reject(r, refused.reason(), refused.detail(), undo, actor, owner);
        }
        RoomHolds.Held held = (RoomHolds.Held) hold;
        store.logStep(id, "HOLD", "held until " + held.expireTime());
        observer.after(Step.HELD, id);

        ChargeResult charge;
        if (earlierCharge.isPresent()) {
            // This run owns the reservation now: settle the earlier run's charge for good (a charge of that run
            // still in flight is refused by the gateway once fenced).
            ownLease(id, owner);
            charge = payments.fence(id);
        } else {
            if (holdTimeLeft(held).compareTo(settings.minHoldLeftToCharge()) < 0) {
                return reject(r, HOLD_EXPIRED, "too little hold time left to charge safely", undo, actor, owner);
            }
            ownLease(id, owner);
            undo.add(Compensation.REFUND);
            if (!store.chargeRequested(id, r.amount(), owner)) {
                return current(id);
            }
            observer.after(Step.CHARGE_REQUESTED, id);
            charge = payments.charge(id, r.amount(), r.paymentToken());
        }
        store.chargeResolved(id, charge);
        switch (charge) {
            case DECLINED -> {
                return reject(r, PAYMENT_DECLINED, "payment declined by the gateway", undo, actor, owner);
            }
            case NO_CHARGE -> {
                return reject(r, PAYMENT_FAILED, "payment outcome was unknown; the gateway has no charge", undo, actor,
                        owner);
            }
            case UNKNOWN -> throw new OutcomeUnknownException("payment outcome unknown");
            case APPROVED -> observer.after(Step.CHARGED, id);
        }
        if (held.expiredOrGone() && !roomsRetaken(id, owner)) {
            return reject(r, HOLD_EXPIRED, "the hold ran out before the payment was settled and its rooms are gone;"
                    + " the charge is refunded in full", undo, actor, owner);
        }

        if (!store.markPaid(id, actor, owner)) {
            return afterLostRace(id, undo, owner);
        }
        observer.after(Step.PAID, id);
        return confirm(current(id), actor, owner);
    }

    /**
     * The charge went through but this run could not mark it PAID. Only a CANCELED or REJECTED reservation is
     * compensated (with what was not queued yet); PAID (another run won) or still PENDING (the lease moved on)
     * is left alone.
     */
    private Reservation afterLostRace(String id, List<Compensation> undo, String owner) {
        Reservation now = current(id);
        if (now.status() == ReservationStatus.CANCELED || now.status() == ReservationStatus.REJECTED) {
            store.compensateAfterLostRace(id, undo);
            compensations.runPending(id, owner);
            return current(id);
        }
        store.logStep(id, "PAID", "not marked by this run: reservation is " + now.status());
        return now;
    }

    /**
     * A charge settled after its hold ran out (a recovery run, long after a payment timeout) is only a booking if
     * ConfirmHold can take the rooms again; otherwise the guest gets everything back.
     */
    private boolean roomsRetaken(String id, String owner) {
        ownLease(id, owner);
        return holds.confirm(id) == RoomHolds.ConfirmResult.CONFIRMED;
    }

    /**
     * ConfirmHold after payment. Rooms lost or released by inventory mean the guest paid for nothing: the full
     * amount is refunded at once (REFUNDED, flagged for staff), never left PAID without rooms. A failure that
     * leaves the outcome unknown stops here; recovery keeps retrying, however long it takes.
     */
    private Reservation confirm(Reservation r, Actor actor, String owner) {
        ownLease(r.id(), owner);
        switch (holds.confirm(r.id())) {
            case CONFIRMED -> store.markConfirmed(r.id());
            case ROOMS_LOST -> refundLostRooms(r.id(), "HOLD_LOST_AFTER_PAYMENT",
                    "paid, but the hold expired and its rooms are gone; refunded in full", actor, owner);
            case RELEASED -> refundLostRooms(r.id(), "HOLD_RELEASED_AFTER_PAYMENT",
                    "paid, but inventory reports the hold released; refunded in full", actor, owner);
        }
        observer.after(Step.CONFIRMED, r.id());
        return current(r.id());
    }

    private void refundLostRooms(String id, String attentionReason, String detail, Actor actor, String owner) {
        if (store.refundLostRooms(id, attentionReason, detail, actor)) {
            compensations.runPending(id, owner);
        }
    }

    private Reservation reject(Reservation r, RejectionReason reason, String detail, List<Compensation> undo,
                               Actor actor, String owner) {
        if (store.reject(r.id(), reason, detail, undo, actor, owner)) {
            compensations.runPending(r.id(), owner);
        }
        return current(r.id());
    }

    private Duration holdTimeLeft(RoomHolds.Held hold) {
        return hold.expiredOrGone() ? Duration.ZERO : Duration.between(clock.instant(), hold.expireTime());
    }

    private Reservation current(String reservationId) {
        return store.find(reservationId).orElseThrow();
    }
}
