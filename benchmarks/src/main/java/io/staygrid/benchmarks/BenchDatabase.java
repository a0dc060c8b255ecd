package io.staygrid.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An embedded PostgreSQL with default durability (fsync, synchronous_commit and full_page_writes on:
 * zonky turns synchronous_commit off by default, and the test server turns fsync off), and the data sets.
 */
final class BenchDatabase implements AutoCloseable {

    /** The hot room type: every client takes the same three nights. */
    static final long HOT_HOTEL = 1;
    static final long HOT_ROOM_TYPE = 1;
    /** Spread: 1,000 hotels x 5 room types, 90 nights each. */
    static final int SPREAD_HOTELS = 1000;
    static final int SPREAD_ROOM_TYPES = 5;
    static final long FIRST_SPREAD_HOTEL = 1001;

    private final EmbeddedPostgres server;
    private final String url;

    private BenchDatabase(EmbeddedPostgres server, String url) {
        this.server = server;
        this.url = url;
    }

    static BenchDatabase start() throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "256MB")
                .setOverrideWorkingDirectory(new java.io.File(System.getProperty("bench.dir", ".")))
                .start();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE inventory_bench");
        }
        return new BenchDatabase(server, server.getJdbcUrl("postgres", "inventory_bench"));
    }

    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    /** Creates the schema from inventory-svc's own migration (when the service is not there to run Flyway). */
    void createSchema() throws IOException, SQLException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/V1__inventory.sql");
             Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** Both data sets: rows from today for 100 nights (hot) and 90 nights (spread), effectively unlimited rooms. */
    void loadData() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO hotel (hotel_id, time_zone, overbooking_percent, create_time)
                    SELECT h, 'UTC', 10, now() FROM (SELECT 1 AS h UNION ALL SELECT generate_series(%d, %d)) x
                    """.formatted(FIRST_SPREAD_HOTEL, FIRST_SPREAD_HOTEL + SPREAD_HOTELS - 1));
            s.execute("""
                    INSERT INTO room_type (hotel_id, room_type_id, rooms, applied_percent, create_time, update_time)
                    SELECT 1, 1, 5000000, 10, now(), now()
                    UNION ALL
                    SELECT h, h * 10 + k, 1000000, 10, now(), now()
                    FROM generate_series(%d, %d) h, generate_series(1, %d) k
                    """.formatted(FIRST_SPREAD_HOTEL, FIRST_SPREAD_HOTEL + SPREAD_HOTELS - 1, SPREAD_ROOM_TYPES));
            s.execute("""
                    INSERT INTO room_type_inventory (hotel_id, room_type_id, date, total_inventory, sell_limit)
                    SELECT rt.hotel_id, rt.room_type_id, d::date, rt.rooms, rt.rooms * 110 / 100
                    FROM room_type rt,
                         generate_series(current_date, current_date + CASE WHEN rt.hotel_id = 1 THEN 99 ELSE 89 END,
                                         interval '1 day') d
                    """);
            s.execute("VACUUM ANALYZE");
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
