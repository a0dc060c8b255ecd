package io.staygrid.support.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class MeterSettingsTest {

    @Test
    void metricsSwitchedOffRecordNothing() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new MeterSettings().recording(false));

        registry.counter("staygrid.bookings").increment();

        assertThat(registry.find("staygrid.bookings").counter()).isNull();
        assertThat(registry.getMeters()).isEmpty();
    }

    @Test
    void metricsOnByDefaultRecord() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new MeterSettings().recording(true));

        registry.counter("staygrid.bookings").increment();

        assertThat(registry.get("staygrid.bookings").counter().count()).isEqualTo(1.0);
    }
}
