package io.staygrid.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.staygrid.support.error.DomainException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cancellation refund at the edges of the free window, the penalty and the stay itself. */
class RefundRuleTest {

    static final Stay STAY = new Stay(1, 1, LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 13), 2);
    static final List<Long> NIGHTS = List.of(10000L, 12000L, 14000L);
    static final long AMOUNT = (10000 + 12000 + 14000) * 2;
    static final CancellationPolicy DEFAULT = CancellationPolicy.defaults(1);

    long refund(CancellationPolicy policy, LocalDate today) {
        return RefundRule.refundMinor(STAY, NIGHTS, AMOUNT, policy, today);
    }

    @Test
    void lastFreeDayIsArrivalMinusFreeDaysAndRefundsEverything() {
        assertThat(refund(DEFAULT, LocalDate.of(2031, 3, 7))).isEqualTo(AMOUNT);
    }

    @Test
    void dayAfterTheFreeWindowKeepsTheFirstNightOfEveryRoom() {
        assertThat(refund(DEFAULT, LocalDate.of(2031, 3, 8))).isEqualTo(AMOUNT - 20000);
    }

    @Test
    void arrivalDayKeepsOnlyThePenaltyNight() {
        assertThat(refund(DEFAULT, LocalDate.of(2031, 3, 10))).isEqualTo(AMOUNT - 20000);
    }

    @Test
    void nightsAlreadyBegunAreKeptToo() {
        assertThat(refund(DEFAULT, LocalDate.of(2031, 3, 12))).isEqualTo(28000);
    }

    @Test
    void zeroFreeDaysStillRefundsOnTheArrivalDay() {
        CancellationPolicy sameDay = new CancellationPolicy(1, 0, 1, ZoneId.of("UTC"), false, null);
        assertThat(refund(sameDay, LocalDate.of(2031, 3, 10))).isEqualTo(AMOUNT);
        assertThat(refund(sameDay, LocalDate.of(2031, 3, 11))).isEqualTo(AMOUNT - 20000);
    }

    @Test
    void penaltyLargerThanTheStayKeepsEverything() {
        CancellationPolicy harsh = new CancellationPolicy(1, 3, 30, ZoneId.of("UTC"), false, null);
        assertThat(refund(harsh, LocalDate.of(2031, 3, 9))).isZero();
    }

    @Test
    void zeroPenaltyRefundsAllButBegunNights() {
        CancellationPolicy lenient = new CancellationPolicy(1, 3, 0, ZoneId.of("UTC"), false, null);
        assertThat(refund(lenient, LocalDate.of(2031, 3, 9))).isEqualTo(AMOUNT);
        assertThat(refund(lenient, LocalDate.of(2031, 3, 11))).isEqualTo(AMOUNT - 20000);
    }

    @Test
    void checkOutDayAndLaterAreRefused() {
        assertThatThrownBy(() -> refund(DEFAULT, LocalDate.of(2031, 3, 13)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).reason()).isEqualTo("STAY_ALREADY_ENDED");
    }
}
