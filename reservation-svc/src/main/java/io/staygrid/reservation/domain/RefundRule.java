package io.staygrid.reservation.domain;

import io.staygrid.support.error.DomainException;
import java.time.LocalDate;
import java.util.List;

/**
 * How much of a PAID stay is refunded when cancelled on {@code today} (the hotel's date): everything on
 * or before start - freeDays; later, all but the first penaltyNights nights and the nights already begun.
 */
public final class RefundRule {

    private RefundRule() {
    }

    /** Refuses a cancellation on or after the check-out day (STAY_ALREADY_ENDED). */
    public static void requireNotEnded(Stay stay, LocalDate today) {
        if (!today.isBefore(stay.end())) {
            throw DomainException.failedPrecondition("STAY_ALREADY_ENDED",
                    "the stay ended on " + stay.end() + "; it can no longer be cancelled")
                    .with("end_date", stay.end().toString());
        }
    }

    /** The refund in minor units, never negative and never more than {@code amountMinor}. */
    public static long refundMinor(Stay stay, List<Long> nightPricesMinor, long amountMinor,
                                   CancellationPolicy policy, LocalDate today) {
        requireNotEnded(stay, today);
        if (!today.isAfter(stay.start().minusDays(policy.freeCancellationDays()))) {
            return amountMinor;
        }
        long kept = 0;
        for (int night = 0; night < nightPricesMinor.size(); night++) {
            boolean penalty = night < policy.penaltyNights();
            boolean begun = stay.start().plusDays(night).isBefore(today);
            if (penalty || begun) {
                kept += nightPricesMinor.get(night) * stay.rooms();
            }
        }
        return Math.max(0, amountMinor - kept);
    }
}
