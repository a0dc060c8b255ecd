package io.staygrid.reservation.service;

import io.staygrid.reservation.domain.CancellationPolicy;
import io.staygrid.reservation.repository.PolicyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;

/** Hotels' cancellation policies; reservations keep a snapshot of the policy they were booked under. */
@ApplicationScoped
public class PolicyService {

    private final PolicyRepository policies;

    public PolicyService(PolicyRepository policies) {
        this.policies = policies;
    }

    public CancellationPolicy get(long hotelId) {
        return policies.find(hotelId).orElseGet(() -> CancellationPolicy.defaults(hotelId));
    }

    /** Sets the given fields (empty keeps the current or default value); absolute, so idempotent. */
    @Transactional
    public CancellationPolicy update(long hotelId, Optional<Integer> freeDays, Optional<Integer> penaltyNights,
                                     Optional<ZoneId> timeZone) {
        CancellationPolicy current = get(hotelId);
        policies.upsert(new CancellationPolicy(hotelId, freeDays.orElse(current.freeCancellationDays()),
                penaltyNights.orElse(current.penaltyNights()), timeZone.orElse(current.timeZone()), false, null));
        return get(hotelId);
    }
}
