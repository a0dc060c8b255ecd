package io.staygrid.inventory.repository;

import io.staygrid.support.error.DomainException;
import io.staygrid.support.error.ErrorKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Plain JDBC on the service's datasource. Inside a {@code @Transactional} method every call runs on the
 * transaction's one connection. A lock wait past the lock timeout, a deadlock or a serialization failure
 * (the transaction is rolled back, nothing changed) becomes UNAVAILABLE (INVENTORY_BUSY); no connection within
 * the pool's acquisition timeout, a lost connection or a server that is shutting down or full becomes UNAVAILABLE
 * (DATABASE_UNAVAILABLE). Every mutation is idempotent, so the client retries. Any other SQL failure is a bug and
 * surfaces as INTERNAL.
 */
@ApplicationScoped
public class Sql {

    /** PostgreSQL's lock_not_available, raised when lock_timeout expires. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    /** PostgreSQL's deadlock_detected: the lock order should prevent it; the transaction was rolled back. */
    private static final String DEADLOCK_DETECTED = "40P01";
    /** PostgreSQL's serialization_failure: the transaction was rolled back and may simply be retried. */
    private static final String SERIALIZATION_FAILURE = "40001";
    /** SQLState class 08: the connection failed or was lost. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections: the server is going or full. */
    private static final Set<String> SERVER_UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    public Sql(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (Connection c = connection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public int update(String sql, Object... params) {
        try (Connection c = connection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Bounds every lock wait of the current transaction. */
    public void setLockTimeout(long millis) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute("SET LOCAL lock_timeout = '" + millis + "ms'");
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** The transaction's connection; failing to get one (e.g. the pool's acquisition timeout) means the database is unavailable. */
    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw translateAcquisition(e);
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            ps.setObject(i + 1, p instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : p);
        }
        return ps;
    }

    static RuntimeException translate(SQLException e) {
        String state = e.getSQLState();
        if (LOCK_NOT_AVAILABLE.equals(state) || DEADLOCK_DETECTED.equals(state) || SERIALIZATION_FAILURE.equals(state)) {
            return new DomainException(ErrorKind.UNAVAILABLE, "INVENTORY_BUSY",
                    "the inventory rows are busy; retry with backoff (every mutation is idempotent)");
        }
        if (e instanceof SQLTransientException
                || (state != null && (SERVER_UNAVAILABLE.contains(state) || state.startsWith(CONNECTION_EXCEPTION_CLASS)))) {
            return databaseUnavailable(e);
        }
        return new IllegalStateException("SQL failure " + e.getSQLState(), e);
    }

    /** Whatever prevented getting a connection (Agroal's acquisition timeout has no SQLState) is transient. */
    static RuntimeException translateAcquisition(SQLException e) {
        RuntimeException translated = translate(e);
        return translated instanceof DomainException ? translated : databaseUnavailable(e);
    }

    private static DomainException databaseUnavailable(SQLException e) {
        DomainException d = new DomainException(ErrorKind.UNAVAILABLE, "DATABASE_UNAVAILABLE",
                "the inventory database is unavailable; retry with backoff (every mutation is idempotent)");
        d.initCause(e);
        return d;
    }
}
