package io.staygrid.reservation.service;

import io.staygrid.reservation.domain.CancellationPolicy;
import io.staygrid.reservation.repository.PolicyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Hotels' cancellation policies; reservations keep a snapshot of the policy they were booked under. The time
 * zone is always the hotel's own (hotel-svc); a zone given in an update is kept but not used.
 */
@ApplicationScoped
public class PolicyService {

    private final PolicyRepository policies;
    private final HotelFacts hotels;

    public PolicyService(PolicyRepository policies, HotelFacts hotels) {
        this.policies = policies;
        this.hotels = hotels;
    }

    /** The hotel's policy (or the defaults), in the hotel's own time zone as hotel-svc knows it. */
    public CancellationPolicy get(long hotelId) {
        CancellationPolicy p = policies.ofHotel(hotelId).orElseGet(() -> CancellationPolicy.defaults(hotelId));
        return hotels.timeZone(hotelId).map(zone -> new CancellationPolicy(hotelId, p.freeCancellationDays(),
                p.penaltyNights(), zone, p.isDefault(), p.updateTime())).orElse(p);
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
