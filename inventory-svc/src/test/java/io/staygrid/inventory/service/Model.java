package io.staygrid.inventory.service;

import io.staygrid.inventory.domain.OutOfService;
import io.staygrid.inventory.domain.Stay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** What {@link InventoryModelTest} expects of one hotel: its nights in a window, its holds, rooms and percent. */
final class Model {

    /** The expected values of one night, and whether a forced change may have left it over its limit. */
    static final class Night {
        int oos;
        int inventory;
        int limit;
        boolean forcedOver;
    }

    private enum State { HELD, CONFIRMED, RELEASED, EXPIRED }

    private static final class Hold {
        final Stay stay;
        final Instant expireTime;
        State state = State.HELD;

        Hold(Stay stay, Instant expireTime) {
            this.stay = stay;
            this.expireTime = expireTime;
        }

        boolean counts() {
            return state == State.HELD || state == State.CONFIRMED;
        }
    }

    LocalDate day0;
    int percent = 10;
    int dayMoves;
    final Map<Long, Integer> rooms = new HashMap<>();
    private final Map<String, Night> nights = new HashMap<>();
    private final Map<UUID, Hold> holds = new LinkedHashMap<>();
    private long[] roomTypes;
    private int window;

    void start(LocalDate today, long[] roomTypes, int window) {
        this.day0 = today;
        this.roomTypes = roomTypes;
        this.window = window;
        for (long rt : roomTypes) {
            rooms.put(rt, 0);
            for (int d = 0; d < window; d++) {
                nights.put(key(rt, today.plusDays(d)), new Night());
            }
        }
    }

    Night night(long rt, LocalDate date) {
        Night n = nights.get(key(rt, date));
        if (n.forcedOver && reserved(rt, date) <= n.limit) {
            n.forcedOver = false;
        }
        return n;
    }

    int reserved(long rt, LocalDate date) {
        int sum = 0;
        for (Hold h : holds.values()) {
            if (h.counts() && h.stay.roomTypeId() == rt && !date.isBefore(h.stay.startDate()) && date.isBefore(h.stay.endDate())) {
                sum += h.stay.rooms();
            }
        }
        return sum;
    }

    boolean fits(Stay stay) {
        for (LocalDate d = stay.startDate(); d.isBefore(stay.endDate()); d = d.plusDays(1)) {
            if (reserved(stay.roomTypeId(), d) + stay.rooms() > nights.get(key(stay.roomTypeId(), d)).limit) {
                return false;
            }
        }
        return true;
    }

    void held(UUID id, Stay stay, Instant expireTime) {
        holds.put(id, new Hold(stay, expireTime));
    }

    UUID anyHold(Random random) {
        if (holds.isEmpty()) {
            return null;
        }
        List<UUID> ids = new ArrayList<>(holds.keySet());
        return ids.get(random.nextInt(ids.size()));
    }

    String confirmOutcome(UUID id, LocalDate today) {
        Hold h = holds.get(id);
        return switch (h.state) {
            case HELD, CONFIRMED -> "OK";
            case RELEASED -> "HOLD_RELEASED";
            case EXPIRED -> !h.stay.startDate().isBefore(today) && fits(h.stay) ? "OK" : "HOLD_EXPIRED_ROOMS_UNAVAILABLE";
        };
    }

    void confirmed(UUID id) {
        holds.get(id).state = State.CONFIRMED;
    }

    void released(UUID id) {
        holds.get(id).state = State.RELEASED;
    }

    void expireUntil(Instant at) {
        for (Hold h : holds.values()) {
            if (h.state == State.HELD && !h.expireTime.isAfter(at)) {
                h.state = State.EXPIRED;
            }
        }
    }

    /** Whether an unforced change to these rooms and segments would lower a night's limit below its reserved rooms. */
    boolean shortAfterRooms(long rt, int newRooms, List<OutOfService> segments, LocalDate today) {
        return shortAfter(rt, newRooms, segments, percent, today);
    }

    boolean shortAfterPercent(int newPercent, LocalDate today) {
        for (long rt : roomTypes) {
            if (shortAfter(rt, rooms.get(rt), List.of(), newPercent, today)) {
                return true;
            }
        }
        return false;
    }

    void setRooms(long rt, int newRooms, List<OutOfService> segments, LocalDate today, boolean force) {
        rooms.put(rt, newRooms);
        recompute(rt, segments, today, force);
    }

    void setPercent(int newPercent, LocalDate today, boolean force) {
        percent = newPercent;
        for (long rt : roomTypes) {
            recompute(rt, List.of(), today, force);
        }
    }

    private boolean shortAfter(long rt, int newRooms, List<OutOfService> segments, int newPercent, LocalDate today) {
        for (LocalDate d = today; d.isBefore(day0.plusDays(window)); d = d.plusDays(1)) {
            Night n = nights.get(key(rt, d));
            int limit = limit(newRooms, oos(n, segments, d), newPercent);
            if (limit < n.limit && limit < reserved(rt, d)) {
                return true;
            }
        }
        return false;
    }

    /** Nights from today only: a change never touches the past. */
    private void recompute(long rt, List<OutOfService> segments, LocalDate today, boolean force) {
        for (LocalDate d = today; d.isBefore(day0.plusDays(window)); d = d.plusDays(1)) {
            Night n = nights.get(key(rt, d));
            n.oos = oos(n, segments, d);
            n.inventory = Math.max(0, rooms.get(rt) - n.oos);
            n.limit = n.inventory * (100 + percent) / 100;
            if (reserved(rt, d) > n.limit) {
                n.forcedOver = n.forcedOver || force;
            } else {
                n.forcedOver = false;
            }
        }
    }

    private static int oos(Night n, List<OutOfService> segments, LocalDate d) {
        for (OutOfService s : segments) {
            if (!d.isBefore(s.start()) && d.isBefore(s.end())) {
                return s.rooms();
            }
        }
        return n.oos;
    }

    private static int limit(int rooms, int oos, int percent) {
        return Math.max(0, rooms - oos) * (100 + percent) / 100;
    }

    private static String key(long rt, LocalDate date) {
        return rt + "/" + date;
    }
}
