package io.staygrid.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.staygrid.inventory.TestInventory;
import io.staygrid.inventory.TestInventory.RoomType;
import io.staygrid.testing.PostgresResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The horizon job: 730 nights from each hotel's today, idempotent, catching up, concurrent-safe. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class HorizonJobTest {

    @Inject
    HorizonJob job;
    @Inject
    CapacityService capacity;
    @Inject
    TestInventory db;

    @Test
    void aNewRoomTypeHasExactlyTheNightsFromTodayToTheHorizon() {
        RoomType rt = db.newRoomType(4, 10);
        LocalDate today = TestInventory.today();

        assertThat(nights(rt)).isEqualTo(730);
        assertThat(db.night(rt, today).sellLimit()).isEqualTo(4);
        assertThat(db.night(rt, today.plusDays(729))).isNotNull();
        assertThat(db.night(rt, today.plusDays(730))).isNull();
        assertThat(job.extendTo(Instant.now())).isZero();
    }

    @Test
    void catchesUpMissedDaysOnceAndKeepsPastRows() {
        RoomType rt = db.newRoomType(20, 10);
        LocalDate today = TestInventory.today();
        Instant fiveDaysLater = Instant.now().plus(Duration.ofDays(5));

        job.extendTo(fiveDaysLater);
        job.extendTo(fiveDaysLater);

        assertThat(nights(rt)).isEqualTo(735);
        assertThat(db.night(rt, today)).isNotNull();
        assertThat(db.night(rt, today.plusDays(734)).totalInventory()).isEqualTo(20);
        assertThat(db.night(rt, today.plusDays(734)).sellLimit()).isEqualTo(22);
        assertThat(db.night(rt, today.plusDays(735))).isNull();
    }

    @Test
    void severalInstancesRunningAtOnceAddEachNightOnce() throws Exception {
        RoomType rt = db.newRoomType(3, 0);
        Instant later = Instant.now().plus(Duration.ofDays(9));

        HoldRaceTest.race(6, i -> () -> {
            job.extendTo(later);
            return null;
        });

        assertThat(nights(rt)).isEqualTo(739);
        assertThat(db.count("""
                SELECT count(*) FROM (SELECT hotel_id, room_type_id, date FROM room_type_inventory
                GROUP BY 1, 2, 3 HAVING count(*) > 1) d""")).isZero();
    }

    @Test
    void eachHotelsTodayComesFromItsOwnTimeZone() {
        long hotel = TestInventory.newId();
        long roomType = TestInventory.newId();
        capacity.setRooms(hotel, roomType, "Pacific/Kiritimati", 2, false, false);
        LocalDate kiritimatiToday = LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati"));

        assertThat(db.count("SELECT count(*) FROM room_type_inventory WHERE hotel_id = ? AND date = ?", hotel, kiritimatiToday))
                .isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM room_type_inventory WHERE hotel_id = ? AND date < ?", hotel, kiritimatiToday))
                .isZero();
    }

    private long nights(RoomType rt) {
        return db.count("SELECT count(*) FROM room_type_inventory WHERE hotel_id = ? AND room_type_id = ?",
                rt.hotelId(), rt.roomTypeId());
    }
}
