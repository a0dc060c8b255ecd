package io.staygrid.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DateRulesTest {

    private final LocalDate today = LocalDate.of(2027, 4, 28);

    @Test
    void sellLimitIsTheFloorOfInventoryTimesOnePlusPercent() {
        assertThat(SellLimit.of(10, 10)).isEqualTo(11);
        assertThat(SellLimit.of(9, 10)).isEqualTo(9);
        assertThat(SellLimit.of(15, 10)).isEqualTo(16);
        assertThat(SellLimit.of(0, 100)).isZero();
        assertThat(SellLimit.of(7, 0)).isEqualTo(7);
    }

    @Test
    void aStayOfThirtyNightsEndingAtTheHorizonIsAllowedAndOneMoreIsNot() {
        assertThatCode(() -> DateRules.checkAgainstToday(DateRules.Kind.STAY, today.plusDays(700), today.plusDays(730), today, false))
                .doesNotThrowAnyException();
        assertThatCode(() -> DateRules.checkShape(DateRules.Kind.STAY, today, today.plusDays(30))).doesNotThrowAnyException();
        assertThatThrownBy(() -> DateRules.checkAgainstToday(DateRules.Kind.STAY, today, today.plusDays(731), today, false))
                .hasFieldOrPropertyWithValue("reason", "INVALID_STAY");
        assertThatThrownBy(() -> DateRules.checkShape(DateRules.Kind.RANGE, today, today.plusDays(367)))
                .hasFieldOrPropertyWithValue("reason", "INVALID_DATE_RANGE");
        assertThatCode(() -> DateRules.checkAgainstToday(DateRules.Kind.RANGE, today.minusDays(90), today, today, true))
                .doesNotThrowAnyException();
    }

    @Test
    void aHeldHoldPastItsDeadlineIsSeenAsExpired() {
        Instant deadline = Instant.parse("2027-04-28T10:00:00Z");
        Hold hold = new Hold(UUID.randomUUID(), new Stay(1, 2, today, today.plusDays(1), 1), HoldState.HELD, deadline,
                deadline.minusSeconds(900), deadline.minusSeconds(900));
        assertThat(hold.asSeenAt(deadline.minusSeconds(1)).state()).isEqualTo(HoldState.HELD);
        assertThat(hold.asSeenAt(deadline).state()).isEqualTo(HoldState.EXPIRED);
    }
}
