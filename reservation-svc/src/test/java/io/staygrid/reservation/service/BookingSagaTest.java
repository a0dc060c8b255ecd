package io.staygrid.reservation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.staygrid.reservation.domain.Actor;
import io.staygrid.reservation.domain.BookingRequest;
import io.staygrid.reservation.domain.RejectionReason;
import io.staygrid.reservation.domain.Reservation;
import io.staygrid.reservation.domain.ReservationStatus;
import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.service.fakes.FakeGateway;
import io.staygrid.reservation.service.fakes.FakeHolds;
import io.staygrid.reservation.service.fakes.FakeQuotes;
import io.staygrid.reservation.service.fakes.FakeStore;
import io.staygrid.support.error.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every path of the booking saga and every compensation, on in-memory steps. */
class BookingSagaTest {

    static final Stay STAY = new Stay(7, 3, LocalDate.of(2031, 5, 10), LocalDate.of(2031, 5, 12), 1);
    static final Actor GUEST = new Actor(Actor.Kind.GUEST, "guest-1");

    final FakeStore store = new FakeStore();
    final FakeQuotes quotes = new FakeQuotes();
    final FakeHolds holds = new FakeHolds();
    final FakeGateway gateway = new FakeGateway();
    final Compensations compensations = new Compensations(store, holds, gateway);
    BookingSaga.Step crashAfter;
    final SagaObserver crasher = (step, id) -> {
        if (step == crashAfter) {
            throw new IllegalStateException("simulated crash after " + step);
        }
    };
    final HotelFacts hotels = new HotelFacts() {
        @Override
        public Optional<ZoneId> timeZone(long hotelId) {
            return Optional.of(ZoneOffset.UTC);
        }

        @Override
        public OptionalInt maxOccupancy(long hotelId, long roomTypeId) {
            return OptionalInt.empty();
        }
    };
    final BookingSaga saga = new BookingSaga(store, hotels, quotes, holds, gateway, compensations, crasher,
            new SagaSettings(Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofSeconds(30)), Clock.systemUTC());

    BookingRequest request(String token) {
        String quote = quotes.issue(STAY, 10000, Instant.now().plusSeconds(600));
        return new BookingRequest(UUID.randomUUID().toString(), "guest-1", STAY, 1, quote, token, GUEST);
    }

    Reservation recover(String id) {
        crashAfter = null;
        return saga.drive(store.find(id).orElseThrow(), Actor.RECOVERY, "recovery-test");
    }

    @Test
    void approvedPaymentEndsPaidWithRoomsConfirmedAndOneCharge() {
        BookingRequest req = request("tok_approve");
        BookingSaga.Outcome outcome = saga.book(req);

        assertThat(outcome.recordedHere()).isTrue();
        assertThat(outcome.reservation().status()).isEqualTo(ReservationStatus.PAID);
        assertThat(outcome.reservation().holdConfirmed()).isTrue();
        assertThat(outcome.reservation().amountMinor()).isEqualTo(20000);
        assertThat(gateway.charged).containsEntry(req.reservationId(), 20000L);
        assertThat(holds.holds).containsEntry(req.reservationId(), FakeHolds.State.CONFIRMED);
    }

    @Test
    void soldOutRejectsWithNothingHeldOrChargedAndReleaseToleratesAHoldThatNeverRan() {
        holds.roomsLeft = 0;
        BookingRequest req = request("tok_approve");

        Reservation r = saga.book(req).reservation();

        assertThat(r.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(r.rejectionReason()).isEqualTo(RejectionReason.ROOMS_UNAVAILABLE);
        assertThat(gateway.chargeCalls).isZero();
        assertThat(store.row(req.reservationId()).done).containsExactly(Compensation.RELEASE_HOLD);
        assertThat(holds.holds).containsEntry(req.reservationId(), FakeHolds.State.RELEASED);
    }

    @Test
    void declinedPaymentReleasesTheHoldAndRejects() {
        BookingRequest req = request("tok_decline");

        Reservation r = saga.book(req).reservation();

        assertThat(r.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(r.rejectionReason()).isEqualTo(RejectionReason.PAYMENT_DECLINED);
        assertThat(holds.holds).containsEntry(req.reservationId(), FakeHolds.State.RELEASED);
        assertThat(holds.roomsLeft).isEqualTo(100);
        assertThat(gateway.charged).isEmpty();
        assertThat(store.row(req.reservationId()).done).contains(Compensation.RELEASE_HOLD, Compensation.REFUND);
    }

    @Test
    void expiredQuoteAtTheSamePriceIsRepricedAndCharged() {
        String quote = quotes.issue(STAY, 10000, Instant.now().minusSeconds(1));
        BookingRequest req = new BookingRequest(UUID.randomUUID().toString(), "guest-1", STAY, 1, quote, "tok_approve", GUEST);

        Reservation r = saga.book(req).reservation();

        assertThat(quotes.requotes).isEqualTo(1);
        assertThat(r.status()).isEqualTo(ReservationStatus.PAID);
    }

    @Test
    void expiredQuoteWithAChangedPriceIsRejectedBeforeAnyRoomIsTaken() {
        quotes.requoteNightlyMinor = 12000;
        String quote = quotes.issue(STAY, 10000, Instant.now().minusSeconds(1));
        BookingRequest req = new BookingRequest(UUID.randomUUID().toString(), "guest-1", STAY, 1, quote, "tok_approve", GUEST);

        Reservation r = saga.book(req).reservation();

        assertThat(r.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(r.rejectionReason()).isEqualTo(RejectionReason.PRICE_CHANGED);
        assertThat(holds.takes).isZero();
        assertThat(gateway.chargeCalls).isZero();
    }

    @Test
    void quoteForAnotherStayOrAnUnknownQuoteIsRejected() {
        Stay other = new Stay(7, 3, STAY.start(), STAY.end().plusDays(1), 1);
        String quote = quotes.issue(other, 10000, Instant.now().plusSeconds(600));
        var mismatch = new BookingRequest(UUID.randomUUID().toString(), "g", STAY, 1, quote, "tok_approve", GUEST);
        var unknown = new BookingRequest(UUID.randomUUID().toString(), "g", STAY, 1, UUID.randomUUID().toString(),
                "tok_approve", GUEST);

        assertThat(saga.book(mismatch).reservation().rejectionReason()).isEqualTo(RejectionReason.QUOTE_MISMATCH);
        assertThat(saga.book(unknown).reservation().rejectionReason()).isEqualTo(RejectionReason.QUOTE_NOT_FOUND);
        assertThat(holds.takes).isZero();
    }

    @Test
    void pricingDownRefusesTheBookingWithNothingRecorded() {
        BookingRequest req = request("tok_approve");
        quotes.down = true;

        assertThatThrownBy(() -> saga.book(req)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).reason()).isEqualTo("PRICING_UNAVAILABLE");
        assertThat(store.rows).isEmpty();
    }

    @Test
    void paymentTimeoutLeavesPendingAndRecoveryAsksTheGatewayAndEndsPaid() {
        BookingRequest req = request("tok_timeout");

        Reservation first = saga.book(req).reservation();
        assertThat(first.status()).isEqualTo(ReservationStatus.PENDING);

        Reservation recovered = recover(req.reservationId());
        assertThat(recovered.status()).isEqualTo(ReservationStatus.PAID);
        assertThat(recovered.holdConfirmed()).isTrue();
        assertThat(gateway.chargeCalls).isEqualTo(1);
    }

    @Test
    void paymentTimeoutWithoutChargeEndsRejectedPaymentFailedAndReleasesTheHold() {
        BookingRequest req = request("tok_timeout_decline");

        assertThat(saga.book(req).reservation().status()).isEqualTo(ReservationStatus.PENDING);
        Reservation recovered = recover(req.reservationId());

        assertThat(recovered.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(recovered.rejectionReason()).isEqualTo(RejectionReason.PAYMENT_FAILED);
        assertThat(holds.holds).containsEntry(req.reservationId(), FakeHolds.State.RELEASED);
        assertThat(gateway.chargeCalls).isEqualTo(1);
    }

    @Test
    void tooLittleHoldTimeLeftRejectsWithoutCharging() {
        holds.grantedHold = Duration.ofSeconds(30);
        BookingRequest req = request("tok_approve");

        Reservation r = saga.book(req).reservation();

        assertThat(r.rejectionReason()).isEqualTo(RejectionReason.HOLD_EXPIRED);
        assertThat(gateway.chargeCalls).isZero();
        assertThat(holds.holds).containsEntry(req.reservationId(), FakeHolds.State.RELEASED);
    }

    @Test
    void roomsLostAfterPaymentAreRefundedInFullAtOnceAndFlaggedForStaff() {
        holds.roomsLostOnConfirm = true;
        BookingRequest req = request("tok_approve");

        Reservation r = saga.book(req).reservation();

        assertThat(r.status()).isEqualTo(ReservationStatus.REFUNDED);
        assertThat(r.refundedMinor()).isEqualTo(r.amountMinor());
        assertThat(r.needsAttention()).isTrue();
        assertThat(r.attentionReason()).isEqualTo("HOLD_LOST_AFTER_PAYMENT");
        assertThat(gateway.refunded).containsEntry(req.reservationId(), r.amountMinor());
    }

    @Test
    void inventoryDownLeavesPendingAndRecoveryFinishesOnceItIsBack() {
        holds.down = true;
        BookingRequest req = request("tok_approve");

        assertThat(saga.book(req).reservation().status()).isEqualTo(ReservationStatus.PENDING);
        assertThat(recover(req.reservationId()).status()).isEqualTo(ReservationStatus.PENDING);

        holds.down = false;
        Reservation r = recover(req.reservationId());
        assertThat(r.status()).isEqualTo(ReservationStatus.PAID);
        assertThat(holds.takes).isEqualTo(1);
    }

    @Test
    void confirmInterruptedAfterPaymentIsFinishedByRecovery() {
        BookingRequest req = request("tok_approve");
        crashAfter = BookingSaga.Step.PAID;
        assertThatThrownBy(() -> saga.book(req)).hasMessageContaining("simulated crash");
        assertThat(store.find(req.reservationId()).orElseThrow().holdConfirmed()).isFalse();

        Reservation r = recover(req.reservationId());

        assertThat(r.status()).isEqualTo(ReservationStatus.PAID);
        assertThat(r.holdConfirmed()).isTrue();
    }

    @Test
    void cancelThatWinsTheRaceAfterTheChargeGetsTheRefundAndTheRoomsBack() {
        BookingRequest req = request("tok_approve");
        SagaObserver cancelDuringCharge = (step, id) -> {
            if (step == BookingSaga.Step.CHARGE_REQUESTED) {
                store.row(id).status = ReservationStatus.CANCELED;
            }
        };
        BookingSaga racing = new BookingSaga(store, hotels, quotes, holds, gateway, compensations, cancelDuringCharge,
                new SagaSettings(Duration.ofMinutes(15), Duration.ofMinutes(2), Duration.ofSeconds(30)), Clock.systemUTC());

        Reservation r = racing.book(req).reservation();

        assertThat(r.status()).isEqualTo(ReservationStatus.CANCELED);
        assertThat(gateway.refunded).containsEntry(req.reservationId(), 20000L);
        assertThat(holds.holds).containsEntry(req.reservationId(), FakeHolds.State.RELEASED);
    }

    @Test
    void failingCompensationStaysPendingAndFlagsStaffAfterRepeatedFailures() {
        gateway.refundsFail = true;
        BookingRequest req = request("tok_timeout");
        saga.book(req);
        store.row(req.reservationId()).status = ReservationStatus.CANCELED;
        store.schedule(req.reservationId(), java.util.List.of(Compensation.REFUND));

        for (int i = 0; i < Compensations.ATTENTION_AFTER; i++) {
            compensations.runPending(req.reservationId());
        }
        assertThat(store.row(req.reservationId()).pending).containsKey(Compensation.REFUND);
        assertThat(store.row(req.reservationId()).attentionReason).isEqualTo("REFUND_FAILED");
        // What the guest reads is a fixed text, never the processor's error.
        assertThat(store.row(req.reservationId()).events)
                .contains("attention REFUND_FAILED: REFUND keeps failing; it is retried automatically")
                .noneMatch(e -> e.contains("processor unreachable"));

        gateway.refundsFail = false;
        compensations.runPending(req.reservationId());
        assertThat(store.row(req.reservationId()).pending).isEmpty();
        assertThat(gateway.refunded).containsEntry(req.reservationId(), 20000L);
    }

    @ParameterizedTest
    @EnumSource(value = BookingSaga.Step.class, names = {"RECORDED", "HELD", "CHARGED", "PAID", "CONFIRMED"})
    void crashAfterAStepIsDrivenForwardToPaidByRecovery(BookingSaga.Step step) {
        BookingRequest req = request("tok_approve");
        crashAfter = step;
        assertThatThrownBy(() -> saga.book(req)).hasMessageContaining("simulated crash");

        Reservation r = recover(req.reservationId());

        assertThat(r.status()).isEqualTo(ReservationStatus.PAID);
        assertThat(r.holdConfirmed()).isTrue();
        assertThat(holds.takes).isEqualTo(1);
        assertThat(gateway.charged).hasSize(1);
        assertThat(gateway.chargeCalls).isEqualTo(1);
    }

    @Test
    void crashBetweenRecordingTheChargeAndCallingTheGatewayEndsRejectedWithNothingKept() {
        BookingRequest req = request("tok_approve");
        crashAfter = BookingSaga.Step.CHARGE_REQUESTED;
        assertThatThrownBy(() -> saga.book(req)).hasMessageContaining("simulated crash");

        Reservation r = recover(req.reservationId());

        assertThat(r.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(r.rejectionReason()).isEqualTo(RejectionReason.PAYMENT_FAILED);
        assertThat(gateway.chargeCalls).isZero();
        assertThat(holds.holds).containsEntry(req.reservationId(), FakeHolds.State.RELEASED);
    }

    @Test
    void drivingAFinishedReservationAgainChangesNothing() {
        BookingRequest req = request("tok_approve");
        saga.book(req);

        Reservation again = recover(req.reservationId());

        assertThat(again.status()).isEqualTo(ReservationStatus.PAID);
        assertThat(gateway.chargeCalls).isEqualTo(1);
        assertThat(holds.takes).isEqualTo(1);
    }

    @Test
    void sameIdBookedTwiceIsRecordedOnce() {
        BookingRequest req = request("tok_approve");
        saga.book(req);

        BookingSaga.Outcome second = saga.book(req);

        assertThat(second.recordedHere()).isFalse();
        assertThat(gateway.chargeCalls).isEqualTo(1);
        assertThat(holds.takes).isEqualTo(1);
    }
}
