package io.staygrid.hotel.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Rooms out of service per date, as runs of equal counts: a room counts once per date however many outages cover it. */
public final class OutOfServiceCounts {

    /** A run of dates [start, end) with the same number of rooms out of service. */
    public record Segment(LocalDate start, LocalDate end, int rooms) {
    }

    private OutOfServiceCounts() {
    }

    public static List<Segment> segments(List<RoomOutage> outages, LocalDate from, LocalDate to) {
        int days = (int) ChronoUnit.DAYS.between(from, to);
        List<Set<Long>> roomsPerDay = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            roomsPerDay.add(new HashSet<>());
        }
        for (RoomOutage o : outages) {
            LocalDate start = o.startDate().isBefore(from) ? from : o.startDate();
            LocalDate end = o.endDate().isAfter(to) ? to : o.endDate();
            for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
                roomsPerDay.get((int) ChronoUnit.DAYS.between(from, d)).add(o.roomId());
            }
        }
        List<Segment> segments = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= days; i++) {
            if (i == days || roomsPerDay.get(i).size() != roomsPerDay.get(runStart).size()) {
                segments.add(new Segment(from.plusDays(runStart), from.plusDays(i), roomsPerDay.get(runStart).size()));
                runStart = i;
            }
        }
        return segments;
    }
}
