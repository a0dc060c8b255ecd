package io.staygrid.hotel.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.hotel.repository.entity.CapacityResyncEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Requests to re-send a room type as the catalog has it; a delivery clears only the generation it read. */
@ApplicationScoped
@Transactional
public class CapacityResyncRepository implements PanacheRepositoryBase<CapacityResyncEntity, Long> {

    /** Native: one upsert, so concurrent requests each leave a new generation and never collide. */
    public void request(long hotelId, long roomTypeId) {
        getEntityManager().createNativeQuery("INSERT INTO capacity_resync (room_type_id, hotel_id, generation)"
                        + " VALUES (?1, ?2, 1) ON CONFLICT (room_type_id) DO UPDATE"
                        + " SET generation = capacity_resync.generation + 1, request_time = clock_timestamp()")
                .setParameter(1, roomTypeId).setParameter(2, hotelId).executeUpdate();
    }

    public Optional<Long> generation(long roomTypeId) {
        return findByIdOptional(roomTypeId).map(r -> r.generation);
    }

    /** A newer request (another generation) stays. */
    public void forget(long roomTypeId, long generation) {
        delete("roomTypeId = ?1 and generation = ?2", roomTypeId, generation);
    }
}
