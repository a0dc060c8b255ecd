package io.staygrid.hotel.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.hotel.support.CatalogTest;
import io.staygrid.hotel.support.FakeInventory;
import io.staygrid.hotel.support.FakeInventoryResource;
import io.staygrid.hotel.v1.Hotel;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox gauges count what waits for delivery, as the database has it. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(FakeInventoryResource.class)
class OutboxGaugesTest extends CatalogTest {

    @Inject
    OutboxGauges gauges;
    @Inject
    MeterRegistry registry;

    @AfterEach
    void inventoryBackUp() {
        FakeInventory.INSTANCE.setDown(false);
    }

    @Test
    void aChangeInventoryCannotTakeYetIsCountedAsPendingWithItsAge() throws Exception {
        FakeInventory.INSTANCE.setDown(true);
        Hotel hotel = newHotel();
        newRoom(hotel.getHotelId(), newRoomType(hotel.getHotelId()).getRoomTypeId(), unique("R"));

        gauges.refresh();

        assertThat(gauge("staygrid.hotel.outbox.pending")).isPositive()
                .isEqualTo(sql("SELECT count(*) FROM capacity_outbox WHERE NOT parked"));
        assertThat(gauge("staygrid.hotel.outbox.parked")).isEqualTo(sql("SELECT count(*) FROM capacity_outbox WHERE parked"));
        assertThat(gauge("staygrid.hotel.outbox.oldest.age")).isGreaterThanOrEqualTo(0);
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private double sql(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
