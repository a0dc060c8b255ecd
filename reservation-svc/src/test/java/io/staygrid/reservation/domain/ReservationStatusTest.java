package io.staygrid.reservation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReservationStatusTest {

    @Test
    void onlyTheBooksTransitionsAreLegal() {
        assertThat(ReservationStatus.PENDING.canBecome(ReservationStatus.PAID)).isTrue();
        assertThat(ReservationStatus.PENDING.canBecome(ReservationStatus.REJECTED)).isTrue();
        assertThat(ReservationStatus.PENDING.canBecome(ReservationStatus.CANCELED)).isTrue();
        assertThat(ReservationStatus.PAID.canBecome(ReservationStatus.REFUNDED)).isTrue();
        assertThat(ReservationStatus.PAID.canBecome(ReservationStatus.CANCELED)).isFalse();
        assertThat(ReservationStatus.PENDING.canBecome(ReservationStatus.REFUNDED)).isFalse();
        for (ReservationStatus terminal : new ReservationStatus[] {ReservationStatus.REJECTED,
                ReservationStatus.CANCELED, ReservationStatus.REFUNDED}) {
            for (ReservationStatus next : ReservationStatus.values()) {
                assertThat(terminal.canBecome(next)).isFalse();
            }
        }
    }
}
