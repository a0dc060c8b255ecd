package io.staygrid.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.staygrid.support.money.Amount;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BaseRateOfDateTest {

    private static final long ROOM_TYPE = 5;
    private static final Amount DEFAULT = Amount.ofMinor("EUR", 10_000);
    private static final LocalDate FRIDAY = LocalDate.of(2027, 7, 16);
    private static final LocalDate SATURDAY = FRIDAY.plusDays(1);
    private static final LocalDate MONDAY = FRIDAY.plusDays(3);
    private static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");

    private static RateOverride override(long roomType, LocalDate start, LocalDate end, Set<DayOfWeek> days,
                                         long minor, Instant created) {
        return new RateOverride(UUID.randomUUID(), 1, roomType, "o", new DateRange(start, end), days,
                Amount.ofMinor("EUR", minor), created);
    }

    private static Amount rateOn(LocalDate date, List<RateOverride> overrides) {
        return BaseRateOfDate.resolve(date, ROOM_TYPE, DEFAULT, overrides).rate();
    }

    @Test
    void withoutOverridesTheDefaultRateApplies() {
        BaseRateOfDate resolved = BaseRateOfDate.resolve(FRIDAY, ROOM_TYPE, DEFAULT, List.of());
        assertThat(resolved).isEqualTo(new BaseRateOfDate(DEFAULT, Optional.empty()));
    }

    @Test
    void anOverrideAppliesOnlyInsideItsHalfOpenRange() {
        RateOverride season = override(ROOM_TYPE, FRIDAY, MONDAY, Set.of(), 20_000, T0);
        assertThat(rateOn(FRIDAY.minusDays(1), List.of(season))).isEqualTo(DEFAULT);
        assertThat(rateOn(FRIDAY, List.of(season)).minorUnits()).isEqualTo(20_000);
        assertThat(rateOn(MONDAY.minusDays(1), List.of(season)).minorUnits()).isEqualTo(20_000);
        assertThat(rateOn(MONDAY, List.of(season))).isEqualTo(DEFAULT);
    }

    @Test
    void aDayOfWeekPatternAppliesOnlyOnItsWeekdays() {
        RateOverride weekends = override(ROOM_TYPE, FRIDAY.minusDays(30), FRIDAY.plusDays(30),
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), 15_000, T0);
        assertThat(rateOn(FRIDAY, List.of(weekends)).minorUnits()).isEqualTo(15_000);
        assertThat(rateOn(SATURDAY, List.of(weekends)).minorUnits()).isEqualTo(15_000);
        assertThat(rateOn(SATURDAY.plusDays(1), List.of(weekends))).isEqualTo(DEFAULT);
        assertThat(rateOn(MONDAY, List.of(weekends))).isEqualTo(DEFAULT);
    }

    @Test
    void anOverrideForOtherRoomTypesDoesNotApply() {
        RateOverride other = override(ROOM_TYPE + 1, FRIDAY, MONDAY, Set.of(), 20_000, T0);
        assertThat(rateOn(FRIDAY, List.of(other))).isEqualTo(DEFAULT);
    }

    @Test
    void theRoomTypesOwnOverrideBeatsAHotelWideOneEvenIfNarrowerAndNewer() {
        RateOverride own = override(ROOM_TYPE, FRIDAY.minusDays(100), FRIDAY.plusDays(100), Set.of(), 12_000, T0);
        RateOverride hotelWide = override(0, FRIDAY, SATURDAY, Set.of(), 30_000, T0.plusSeconds(60));
        assertThat(rateOn(FRIDAY, List.of(hotelWide, own)).minorUnits()).isEqualTo(12_000);
    }

    @Test
    void aSingleDayBeatsAWeekendPatternWhichBeatsItsSeasonWhichBeatsAYearLongPattern() {
        RateOverride year = override(ROOM_TYPE, FRIDAY.minusDays(180), FRIDAY.plusDays(185), Set.of(DayOfWeek.FRIDAY), 11_000, T0.plusSeconds(40));
        RateOverride season = override(ROOM_TYPE, FRIDAY.minusDays(20), FRIDAY.plusDays(20), Set.of(), 13_000, T0.plusSeconds(30));
        RateOverride weekends = override(ROOM_TYPE, FRIDAY.minusDays(20), FRIDAY.plusDays(20),
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), 14_000, T0.plusSeconds(20));
        RateOverride event = override(ROOM_TYPE, FRIDAY, SATURDAY, Set.of(), 50_000, T0);
        List<RateOverride> all = List.of(year, season, weekends, event);
        assertThat(rateOn(FRIDAY, all).minorUnits()).isEqualTo(50_000);
        assertThat(rateOn(SATURDAY, all).minorUnits()).isEqualTo(14_000);
        assertThat(rateOn(MONDAY, all).minorUnits()).isEqualTo(13_000);
        assertThat(rateOn(FRIDAY.plusDays(28), List.of(year, season, weekends, event)).minorUnits()).isEqualTo(11_000);
    }

    @Test
    void betweenEquallySpecificOverridesTheLatestCreatedWinsThenTheGreatestId() {
        RateOverride older = override(ROOM_TYPE, FRIDAY, MONDAY, Set.of(), 20_000, T0);
        RateOverride newer = override(ROOM_TYPE, FRIDAY, MONDAY, Set.of(), 21_000, T0.plusMillis(1));
        assertThat(rateOn(FRIDAY, List.of(newer, older)).minorUnits()).isEqualTo(21_000);

        RateOverride a = new RateOverride(UUID.fromString("00000000-0000-0000-0000-00000000000a"), 1, ROOM_TYPE, "a",
                new DateRange(FRIDAY, MONDAY), Set.of(), Amount.ofMinor("EUR", 1), T0);
        RateOverride b = new RateOverride(UUID.fromString("00000000-0000-0000-0000-00000000000b"), 1, ROOM_TYPE, "b",
                new DateRange(FRIDAY, MONDAY), Set.of(), Amount.ofMinor("EUR", 2), T0);
        BaseRateOfDate winner = BaseRateOfDate.resolve(FRIDAY, ROOM_TYPE, DEFAULT, List.of(b, a));
        assertThat(winner.overrideId()).contains(b.id());
        assertThat(BaseRateOfDate.resolve(FRIDAY, ROOM_TYPE, DEFAULT, List.of(a, b))).isEqualTo(winner);
    }

    @Test
    void coveredNightsCountsOnlyMatchingWeekdaysOfTheRange() {
        DateRange twoWeeks = new DateRange(MONDAY, MONDAY.plusDays(14));
        assertThat(RateOverride.countCoveredNights(twoWeeks, Set.of())).isEqualTo(14);
        assertThat(RateOverride.countCoveredNights(twoWeeks, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))).isEqualTo(4);
        assertThat(RateOverride.countCoveredNights(new DateRange(MONDAY, MONDAY.plusDays(1)), Set.of(DayOfWeek.SUNDAY))).isZero();
    }
}
