package io.staygrid.reservation.config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Refuses to start with settings the saga cannot work with. */
@ApplicationScoped
public class ConfigCheck {

    static final Duration MIN_HOLD = Duration.ofMinutes(1);
    static final Duration MAX_HOLD = Duration.ofHours(24);

    void onStart(@Observes StartupEvent event, ReservationConfig config) {
        validate(config.holdDuration(), config.pendingLease(), config.inventory());
        validatePayment(config.pendingLease(), config.payment().deadline());
        validateGateway(ConfigUtils.getProfiles(), config.payment().sandboxAllowed());
    }

    /** Profiles where the sandbox gateway runs without being allowed explicitly. */
    static final Set<String> SANDBOX_PROFILES = Set.of("dev", "local", "test");

    /**
     * The sandbox gateway approves test cards and moves no money: in any profile but dev, local and test (alone) it
     * runs only when staygrid.reservation.payment.sandbox-allowed=true says so.
     */
    public static void validateGateway(List<String> activeProfiles, boolean sandboxAllowed) {
        boolean sandboxProfile = !activeProfiles.isEmpty() && SANDBOX_PROFILES.containsAll(activeProfiles);
        if (!sandboxProfile && !sandboxAllowed) {
            throw new IllegalStateException("the sandbox payment gateway (no money moves) is the only gateway; in profile "
                    + activeProfiles + " it runs only with staygrid.reservation.payment.sandbox-allowed=true"
                    + " (STAYGRID_RESERVATION_PAYMENT_SANDBOX_ALLOWED)");
        }
    }

    /**
     * The payment fence: a gateway call must give up well before the lease that authorized it runs out, or a
     * recovery run could decide the charge while it is still in flight. At most half the lease, and positive.
     */
    public static void validatePayment(Duration pendingLease, Duration paymentDeadline) {
        if (paymentDeadline.isNegative() || paymentDeadline.isZero()
                || paymentDeadline.multipliedBy(2).compareTo(pendingLease) > 0) {
            throw new IllegalStateException("staygrid.reservation.payment.deadline (" + paymentDeadline
                    + ") must be positive and at most half of staygrid.reservation.pending-lease (" + pendingLease + ")");
        }
    }

    /** Throws IllegalStateException naming the key when a setting is out of range. */
    public static void validate(Duration holdDuration, Duration pendingLease, ReservationConfig.Downstream inventory) {
        if (holdDuration.compareTo(MIN_HOLD) < 0 || holdDuration.compareTo(MAX_HOLD) > 0) {
            throw new IllegalStateException("staygrid.reservation.hold-duration must be between 1m and 24h, was "
                    + holdDuration);
        }
        Duration slowestInventoryStep = inventory.deadline().multipliedBy(inventory.attempts())
                .plus(inventory.backoff().multipliedBy((1L << Math.max(0, inventory.attempts() - 1)) - 1));
        if (pendingLease.compareTo(slowestInventoryStep) <= 0) {
            throw new IllegalStateException("staygrid.reservation.pending-lease (" + pendingLease
                    + ") must outlast the slowest inventory step (" + slowestInventoryStep + ")");
        }
    }
}
