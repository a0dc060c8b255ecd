package io.staygrid.benchmarks.mesh;

import io.staygrid.localrunner.ServiceSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Loads a chain of any size straight into the services' databases with COPY (the book's scale: 5,000 hotels x
 * 20 room types x 730 nights = 73 million inventory rows), after the services have created their schemas:
 * the catalog (hotel-svc), capacities and nights (inventory-svc, one transaction per batch of hotels, several
 * batches at once), base rates (pricing-svc). Nights run from yesterday to today + 728 in each hotel's time
 * zone, so the daily roll-forward has one night to add for every room type.
 */
final class BulkLoader {

    private static final int NIGHTS = 730;
    private static final int HOTELS_PER_BATCH = 10;

    private final BenchEnvironment env;
    private final BenchOptions o;

    BulkLoader(BenchEnvironment env, BenchOptions o) {
        this.env = env;
        this.o = o;
    }

    /** Loads the chain; fills {@code info} with rows, seconds and sizes; returns the hotels (ids 1..N). */
    List<Chain.Hotel> load(Map<String, Object> info) throws Exception {
        List<Chain.Hotel> hotels = new ArrayList<>();
        for (int h = 1; h <= o.hotels(); h++) {
            String[] locale = Chain.LOCALES.get(h % Chain.LOCALES.size());
            List<Long> types = new ArrayList<>();
            for (int t = 0; t < o.roomTypes(); t++) {
                types.add((long) (h - 1) * o.roomTypes() + t + 1);
            }
            hotels.add(new Chain.Hotel(h, List.copyOf(types), locale[0], locale[1]));
        }
        long start = System.nanoTime();
        catalogAndRates(hotels);
        info.put("catalogSeconds", (System.nanoTime() - start) / 1e9);
        long nightsStart = System.nanoTime();
        long rows = (long) o.hotels() * o.roomTypes() * NIGHTS;
        Progress progress = new Progress("COPY inventory", rows, "rows");
        int batches = (o.hotels() + HOTELS_PER_BATCH - 1) / HOTELS_PER_BATCH;
        int threads = Math.max(1, Math.min(o.seedThreads(), Runtime.getRuntime().availableProcessors()));
        Parallel.map(threads, batches, b -> {
            inventoryBatch(hotels.subList(b * HOTELS_PER_BATCH, Math.min(hotels.size(), (b + 1) * HOTELS_PER_BATCH)), progress);
            return b;
        });
        progress.done();
        info.put("inventoryRows", rows);
        info.put("inventorySeconds", (System.nanoTime() - nightsStart) / 1e9);
        long analyze = System.nanoTime();
        for (ServiceSpec spec : List.of(ServiceSpec.HOTEL, ServiceSpec.INVENTORY, ServiceSpec.PRICING)) {
            execute(spec, "ANALYZE");
        }
        info.put("analyzeSeconds", (System.nanoTime() - analyze) / 1e9);
        info.put("loadSeconds", (System.nanoTime() - start) / 1e9);
        return hotels;
    }

    private void catalogAndRates(List<Chain.Hotel> hotels) throws SQLException, IOException {
        StringBuilder hotel = new StringBuilder();
        StringBuilder roomType = new StringBuilder();
        StringBuilder room = new StringBuilder();
        StringBuilder sync = new StringBuilder();
        StringBuilder rates = new StringBuilder();
        long roomId = 0;
        for (Chain.Hotel h : hotels) {
            BulkRows.hotel(hotel, h.hotelId(), Chain.LOCALES.get((int) (h.hotelId() % Chain.LOCALES.size())));
            for (int t = 0; t < h.roomTypeIds().size(); t++) {
                long rt = h.roomTypeIds().get(t);
                BulkRows.roomType(roomType, rt, h.hotelId(), t);
                BulkRows.capacitySync(sync, rt, h.hotelId(), h.zone());
                BulkRows.baseRate(rates, h.hotelId(), rt, h.currency(), t);
                for (int r = 0; r < o.rooms(); r++) {
                    BulkRows.room(room, ++roomId, h.hotelId(), rt, t, r);
                }
            }
        }
        try (Connection c = env.connect(ServiceSpec.HOTEL)) {
            c.setAutoCommit(false);
            copy(c, BulkRows.HOTEL, hotel);
            copy(c, BulkRows.ROOM_TYPE, roomType);
            copy(c, BulkRows.ROOM, room);
            copy(c, BulkRows.CAPACITY_SYNC, sync);
            try (Statement s = c.createStatement()) {
                for (String[] identity : new String[][] {{"hotel", "hotel_id"}, {"room_type", "room_type_id"}, {"room", "room_id"}}) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + identity[0] + "', '" + identity[1] + "'), (SELECT max("
                            + identity[1] + ") FROM " + identity[0] + "))");
                }
            }
            c.commit();
        }
        try (Connection c = env.connect(ServiceSpec.PRICING)) {
            copy(c, BulkRows.BASE_RATE, rates);
        }
    }

    private void inventoryBatch(List<Chain.Hotel> batch, Progress progress) {
        StringBuilder hotels = new StringBuilder();
        StringBuilder roomTypes = new StringBuilder();
        StringBuilder nights = new StringBuilder(batch.size() * o.roomTypes() * NIGHTS * 40);
        for (Chain.Hotel h : batch) {
            BulkRows.inventoryHotel(hotels, h.hotelId(), h.zone());
            String[] dates = BulkRows.nights(LocalDate.now(ZoneId.of(h.zone())), NIGHTS);
            for (long rt : h.roomTypeIds()) {
                BulkRows.inventoryRoomType(roomTypes, h.hotelId(), rt, o.rooms());
                for (String date : dates) {
                    BulkRows.inventoryNight(nights, h.hotelId(), rt, date, o.rooms());
                }
            }
        }
        try (Connection c = env.connect(ServiceSpec.INVENTORY)) {
            c.setAutoCommit(false);
            copy(c, BulkRows.INVENTORY_HOTEL, hotels);
            copy(c, BulkRows.INVENTORY_ROOM_TYPE, roomTypes);
            copy(c, BulkRows.INVENTORY_NIGHT, nights);
            c.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("bulk load of hotels " + batch.get(0).hotelId() + ".. failed", e);
        }
        progress.add((long) batch.size() * o.roomTypes() * NIGHTS);
    }

    private static void copy(Connection c, String table, CharSequence rows) throws SQLException, IOException {
        try (OutputStream out = new PGCopyOutputStream(c.unwrap(PGConnection.class), "COPY " + table + " FROM STDIN", 1 << 20)) {
            out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void execute(ServiceSpec spec, String sql) throws SQLException {
        try (Connection c = env.connect(spec); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Size on disk after the load: each database, and the inventory table with its indexes. */
    Map<String, Object> sizes() throws SQLException {
        Map<String, Object> sizes = new LinkedHashMap<>(env.databaseSizes());
        try (Connection c = env.connect(ServiceSpec.INVENTORY); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT pg_total_relation_size('room_type_inventory'), pg_relation_size('room_type_inventory')")) {
            rs.next();
            sizes.put("room_type_inventory total", rs.getLong(1));
            sizes.put("room_type_inventory heap", rs.getLong(2));
        }
        return sizes;
    }
}
