package io.staygrid.reservation.metrics;

import io.staygrid.reservation.domain.Stay;
import io.staygrid.reservation.service.RoomHolds;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;

/** Times inventory's hold steps (hold, confirm, and the release compensation) for {@link SagaSteps}. */
@Decorator
@Priority(5)
public abstract class TimedRoomHolds implements RoomHolds {

    @Inject
    @Delegate
    RoomHolds holds;

    @Inject
    SagaSteps steps;

    @Override
    public HoldResult hold(String reservationId, Stay stay, Duration holdFor) {
        return steps.time("hold", () -> holds.hold(reservationId, stay, holdFor),
                result -> result instanceof Refused ? "refused" : "held");
    }

    @Override
    public ConfirmResult confirm(String reservationId) {
        return steps.time("confirm", () -> holds.confirm(reservationId), result -> result.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void release(String reservationId) {
        steps.time("release", () -> holds.release(reservationId));
    }
}
