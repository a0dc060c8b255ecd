package io.staygrid.reservation.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConfigCheckTest {

    static final ReservationConfig.Downstream INVENTORY = new ReservationConfig.Downstream() {
        @Override
        public Duration deadline() {
            return Duration.ofSeconds(2);
        }

        @Override
        public int attempts() {
            return 3;
        }

        @Override
        public Duration backoff() {
            return Duration.ofMillis(100);
        }
    };

    @Test
    void holdDurationOutsideOneMinuteToTwentyFourHoursRefusesToStart() {
        Duration lease = Duration.ofSeconds(30);
        assertThatThrownBy(() -> ConfigCheck.validate(Duration.ofSeconds(59), lease, INVENTORY))
                .hasMessageContaining("hold-duration");
        assertThatThrownBy(() -> ConfigCheck.validate(Duration.ofHours(24).plusSeconds(1), lease, INVENTORY))
                .hasMessageContaining("hold-duration");
        assertThatCode(() -> ConfigCheck.validate(Duration.ofMinutes(1), lease, INVENTORY)).doesNotThrowAnyException();
        assertThatCode(() -> ConfigCheck.validate(Duration.ofHours(24), lease, INVENTORY)).doesNotThrowAnyException();
    }

    @Test
    void aLeaseShorterThanTheSlowestInventoryStepRefusesToStart() {
        // 3 tries x 2 s + 100 ms + 200 ms of backoff = 6.3 s
        assertThatThrownBy(() -> ConfigCheck.validate(Duration.ofMinutes(15), Duration.ofMillis(6300), INVENTORY))
                .hasMessageContaining("pending-lease");
        assertThatCode(() -> ConfigCheck.validate(Duration.ofMinutes(15), Duration.ofSeconds(7), INVENTORY))
                .doesNotThrowAnyException();
    }

    @Test
    void aPaymentDeadlineLongerThanHalfTheLeaseRefusesToStart() {
        Duration lease = Duration.ofSeconds(30);
        assertThatThrownBy(() -> ConfigCheck.validatePayment(lease, Duration.ofSeconds(16)))
                .hasMessageContaining("payment.deadline");
        assertThatThrownBy(() -> ConfigCheck.validatePayment(lease, Duration.ZERO))
                .hasMessageContaining("payment.deadline");
        assertThatCode(() -> ConfigCheck.validatePayment(lease, Duration.ofSeconds(15))).doesNotThrowAnyException();
    }

    @Test
    void theSandboxGatewayRunsOutsideDevLocalAndTestOnlyWhenAllowedExplicitly() {
        assertThatThrownBy(() -> ConfigCheck.validateGateway(java.util.List.of("prod"), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sandbox-allowed");
        assertThatThrownBy(
                () -> ConfigCheck.validateGateway(java.util.List.of("staging", "local"), false))
                .isInstanceOf(IllegalStateException.class);
        ConfigCheck.validateGateway(java.util.List.of("prod"), true);
        ConfigCheck.validateGateway(java.util.List.of("test"), false);
        ConfigCheck.validateGateway(java.util.List.of("local"), false);
        ConfigCheck.validateGateway(java.util.List.of("dev"), false);
    }
}
