package io.staygrid.reservation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.staygrid.reservation.repository.entity.SagaStepEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The saga's step log, for operators (the saga decides from the reservation, payment and task tables). */
@ApplicationScoped
@Transactional
public class SagaStepRepository implements PanacheRepositoryBase<SagaStepEntity, Long> {

    public void log(String reservationId, String step, String outcome) {
        SagaStepEntity entry = new SagaStepEntity();
        entry.reservationId = UUID.fromString(reservationId);
        entry.step = step;
        entry.outcome = outcome;
        persist(entry);
    }
}
