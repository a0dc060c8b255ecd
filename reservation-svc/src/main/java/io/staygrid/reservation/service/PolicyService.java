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
        return policies.ofHotel(hotelId).orElseGet(() -> CancellationPolicy.defaults(hotelId));
    }

    /**
     * Sets the given fields (empty keeps the current or default value), merged in SQL under the row lock so
     * concurrent partial updates of different fields both stick; absolute, so idempotent.
     */
    @Transactional
    public CancellationPolicy update(long hotelId, Optional<Integer> freeDays, Optional<Integer> penaltyNights,
                                     Optional<ZoneId> timeZone) {
        policies.merge(hotelId, freeDays.orElse(null), penaltyNights.orElse(null),
                timeZone.map(ZoneId::getId).orElse(null));
        return get(hotelId);
    }
}
