package io.staygrid.hotel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.staygrid.hotel.domain.OutOfServiceCounts.Segment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutOfServiceCountsTest {

    private static final LocalDate D = LocalDate.of(2030, 3, 1);

    private static RoomOutage outage(long roomId, int from, int to) {
        return new RoomOutage(0, 1, roomId, D.plusDays(from), D.plusDays(to), "", null);
    }

    @Test
    void overlappingOutagesOfDifferentRoomsAddUp() {
        assertThat(OutOfServiceCounts.segments(List.of(outage(1, 1, 4), outage(2, 2, 6)), D, D.plusDays(7)))
                .containsExactly(new Segment(D, D.plusDays(1), 0), new Segment(D.plusDays(1), D.plusDays(2), 1),
                        new Segment(D.plusDays(2), D.plusDays(4), 2), new Segment(D.plusDays(4), D.plusDays(6), 1),
                        new Segment(D.plusDays(6), D.plusDays(7), 0));
    }

    @Test
    void overlappingOutagesOfOneRoomCountItOnce() {
        assertThat(OutOfServiceCounts.segments(List.of(outage(1, 0, 3), outage(1, 1, 5)), D, D.plusDays(5)))
                .containsExactly(new Segment(D, D.plusDays(5), 1));
    }

    @Test
    void outagesAreClippedToTheRequestedRange() {
        assertThat(OutOfServiceCounts.segments(List.of(outage(1, -10, 2), outage(2, 1, 40)), D, D.plusDays(3)))
                .containsExactly(new Segment(D, D.plusDays(1), 1), new Segment(D.plusDays(1), D.plusDays(2), 2),
                        new Segment(D.plusDays(2), D.plusDays(3), 1));
    }
}
