package io.staygrid.reservation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.reservation.domain.CancellationPolicy;
import io.staygrid.reservation.repository.entity.CancellationPolicyEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Hotels' cancellation policies (a hotel without a row uses the defaults). */
@ApplicationScoped
@Transactional
public class PolicyRepository implements PanacheRepositoryBase<CancellationPolicyEntity, Long> {

    public Optional<CancellationPolicy> ofHotel(long hotelId) {
        return findByIdOptional(hotelId).map(p -> new CancellationPolicy(hotelId, p.freeCancellationDays,
                p.penaltyNights, ZoneId.of(p.hotelTimeZone), false, p.updateTime));
    }

    /**
     * Sets the given fields (null keeps the stored value, or the default for a hotel without a row) in one
     * transaction: inserts the defaults if absent (native: an atomic create-if-absent), locks the row, then
     * changes only the given fields, so two partial updates of different fields never lose each other.
     */
    public void merge(long hotelId, Integer freeDays, Integer penaltyNights, String timeZone) {
        CancellationPolicy defaults = CancellationPolicy.defaults(hotelId);
        getEntityManager().createNativeQuery("INSERT INTO cancellation_policy (hotel_id, free_cancellation_days,"
                        + " penalty_nights, hotel_time_zone) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (hotel_id) DO NOTHING")
                .setParameter(1, hotelId).setParameter(2, defaults.freeCancellationDays())
                .setParameter(3, defaults.penaltyNights()).setParameter(4, defaults.timeZone().getId()).executeUpdate();
        CancellationPolicyEntity policy = findById(hotelId, LockModeType.PESSIMISTIC_WRITE);
        if (freeDays != null) {
            policy.freeCancellationDays = freeDays;
        }
        if (penaltyNights != null) {
            policy.penaltyNights = penaltyNights;
        }
        if (timeZone != null) {
            policy.hotelTimeZone = timeZone;
        }
        policy.updateTime = Instant.now();
    }
}
